using SiteGen.Tests.Shared;
using System.IO.Compression;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// Golden files for whole outputs of the rich sample: the Chinese report's web page, its EPUB chapter and
/// navigation document, and the English report's page. Fragment tests elsewhere pin single rules; these make any
/// change to a whole output show in review as a diff of tests/SiteGen.EndToEnd/Golden. After an intended change:
///   SITEGEN_UPDATE_GOLDEN=1 dotnet test tests/SiteGen.EndToEnd --filter FullyQualifiedName~GoldenOutput
/// then read the diff and commit the files with the change.
/// </summary>
public sealed class GoldenOutputTests(RichSampleSite site) : IClassFixture<RichSampleSite>
{
    public static TheoryData<string, string> Outputs => new()
    {
        { "rich-2020/index.html", "rich-2020.html" },
        { "rich-2020/rich-2020.epub!EPUB/chapter.xhtml", "rich-2020.chapter.xhtml" },
        { "rich-2020/rich-2020.epub!EPUB/nav.xhtml", "rich-2020.nav.xhtml" },
        { "english-2019/index.html", "english-2019.html" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void The_output_matches_its_committed_golden_file(string output, string golden)
    {
        GoldenFile.AssertMatches(Read(output), Path.Combine(Tools.RepoRoot, "tests", "SiteGen.EndToEnd", "Golden", golden), output);
    }

    /// <summary>A file of the built site, or with "!" an entry inside a zip (the EPUB) of it.</summary>
    private string Read(string output)
    {
        var parts = output.Split('!');
        var file = Path.Combine(site.Root, parts[0]);
        if (parts.Length == 1) return File.ReadAllText(file);
        using var zip = ZipFile.OpenRead(file);
        var entry = zip.GetEntry(parts[1]) ?? throw new InvalidOperationException($"{parts[1]} is not in {parts[0]}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
