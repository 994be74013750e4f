using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>No version lost: each version of a report has its own bag, earlier ones are carried into later builds, manifest.json lists them all.</summary>
public sealed class BagVersionTests : IDisposable
{
    private const string Head = "---\ntitle: 版本测试\ndate: 2021-02-22\nslug: ver-2021\n";
    private const string Revision = "revisions:\n  - date: 2021-03-01\n    note: 更正第二部分一处数字\n";
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    private BuildResult Build(string frontMatter, string body)
    {
        _input.Write("r/report.md", Head + frontMatter + "---\n\n" + body);
        var result = SiteBuilder.Build(_input.Options with { BuildPdf = false, BuildEpub = false });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return result;
    }

    private string Out(string path) => Path.Combine(_input.Output, path);

    private static string Sha(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private List<(int Version, string Date, string? Note, string Path, long Size, string Sha)> Versions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Out("manifest.json")));
        var report = manifest.RootElement.GetProperty("reports").EnumerateArray().Single();
        return [.. report.GetProperty("versions").EnumerateArray().Select(v => (
            v.GetProperty("version").GetInt32(), v.GetProperty("date").GetString()!, v.GetProperty("note").GetString(),
            v.GetProperty("path").GetString()!, v.GetProperty("size").GetInt64(), v.GetProperty("sha256").GetString()!))];
    }

    private static string Entry(string zip, string name)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void A_revision_makes_a_new_bag_and_the_earlier_one_is_kept_byte_for_byte()
    {
        Build("", "共提出提案328件。\n");
        var first = File.ReadAllBytes(Out("archive/ver-2021-v1.zip"));

        var second = Build(Revision, "共提出提案329件。\n");
        Assert.DoesNotContain(second.Diagnostics, d => d.Severity == Severity.Warning && d.Code.StartsWith("SG16", StringComparison.Ordinal));
        Assert.Equal(first, File.ReadAllBytes(Out("archive/ver-2021-v1.zip")));
        Assert.Equal(
            [(1, "2021-02-22", null, "archive/ver-2021-v1.zip"), (2, "2021-03-01", "更正第二部分一处数字", "archive/ver-2021-v2.zip")],
            Versions().Select(v => (v.Version, v.Date, v.Note, v.Path)));
        Assert.All(Versions(), v => Assert.Equal((new FileInfo(Out(v.Path)).Length, Sha(Out(v.Path))), (v.Size, v.Sha)));

        var info = Entry(Out("archive/ver-2021-v2.zip"), "ver-2021/bag-info.txt");
        Assert.Contains("Report-Version: 2\nReport-Version-Date: 2021-03-01\nReport-Version-Note: 更正第二部分一处数字\n", info);
        Assert.Matches("Bag-Group-Identifier: urn:uuid:[0-9a-f-]{36}\n", info);
        Assert.Contains("Report-Version: 1\nReport-Version-Date: 2021-02-22\n", Entry(Out("archive/ver-2021-v1.zip"), "ver-2021/bag-info.txt"));
        Assert.Contains("329", Entry(Out("archive/ver-2021-v2.zip"), "ver-2021/data/source/r/report.md"));
        Assert.Contains("href=\"../archive/ver-2021-v2.zip\"", File.ReadAllText(Out("ver-2021/index.html")));

        // A third build with nothing new keeps both, byte for byte.
        Build(Revision, "共提出提案329件。\n");
        Assert.Equal(first, File.ReadAllBytes(Out("archive/ver-2021-v1.zip")));
        Assert.Equal([1, 2], Versions().Select(v => v.Version));
    }

    [Fact]
    public void A_change_without_a_revision_is_a_warning()
    {
        Build("", "共提出提案328件。\n");
        var second = Build("", "共提出提案329件。\n");
        var warning = Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.ChangedWithoutRevision);
        Assert.Equal("r/report.md", warning.Location.File);
        Assert.Contains("version 1", warning.Message);
        Assert.Equal([1], Versions().Select(v => v.Version));
    }

    [Fact]
    public void An_unchanged_rebuild_warns_of_nothing()
    {
        Build("", "正文。\n");
        Assert.DoesNotContain(Build("", "正文。\n").Diagnostics, d => d.Code is DiagnosticCodes.ChangedWithoutRevision or DiagnosticCodes.EarlierBagAltered);
    }

    [Fact]
    public void An_earlier_bag_altered_in_the_output_is_not_carried_and_is_named()
    {
        Build("", "正文。\n");
        File.AppendAllText(Out("archive/ver-2021-v1.zip"), "tampered");
        var second = Build(Revision, "正文，已更正。\n");
        var warning = Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.EarlierBagAltered);
        Assert.Contains("archive/ver-2021-v1.zip", warning.Message);
        Assert.False(File.Exists(Out("archive/ver-2021-v1.zip")));
        Assert.Equal([2], Versions().Select(v => v.Version));
    }

    [Fact]
    public void Only_bags_the_manifest_lists_at_their_own_name_are_carried()
    {
        Build("", "正文。\n");
        // A manifest edited to point a version at another file: the path is recomputed from slug and number.
        var manifest = File.ReadAllText(Out("manifest.json")).Replace("\"path\": \"archive/ver-2021-v1.zip\"", "\"path\": \"ver-2021/index.html\"");
        File.WriteAllText(Out("manifest.json"), manifest);
        Build(Revision, "正文，已更正。\n");
        Assert.False(File.Exists(Out("archive/ver-2021-v1.zip")));
        Assert.Equal([2], Versions().Select(v => v.Version));
    }
}
