using System.IO.Compression;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Links;

/// <summary>Issue 11: `draft: true` keeps a report off the published site; `serve` shows it, marked and noindex.</summary>
public sealed class DraftTests
{
    private const string Published = "---\ntitle: 已发布报告\ndate: 2021-02-22\n---\n## 回顾\n\n正文。\n";
    private const string Draft = "---\ntitle: 未定稿草案\ndate: 2022-02-22\ndraft: true\n---\n## 草案\n\n草稿正文。\n";

    [Fact]
    public void A_draft_reaches_no_published_file()
    {
        using var input = new TempInput().Write("site.yml", CrossReportLinkTests.SiteYml).Write("pub/report.md", Published).Write("wip/report.md", Draft);
        var result = SiteBuilder.Build(input.Options with { BuildPdf = false, UseCache = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownFrontMatterKey);
        Assert.True(File.Exists(Path.Combine(input.Output, "pub", "index.html")));

        var texts = Texts(input.Output).ToList();
        Assert.Contains(texts, t => t.Name == "index.html");
        Assert.Contains(texts, t => t.Name == "feed.xml");
        Assert.Contains(texts, t => t.Name == "sitemap.xml");
        Assert.Contains(texts, t => t.Name.EndsWith("manifest.json", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Name.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Name.Contains(".zip!", StringComparison.Ordinal) || t.Name.Contains(".epub!", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Text.Contains("已发布报告", StringComparison.Ordinal));
        foreach (var (name, text) in texts)
        {
            Assert.False(name.Contains("wip", StringComparison.Ordinal), name);
            Assert.False(text.Contains("wip", StringComparison.Ordinal) || text.Contains("未定稿草案", StringComparison.Ordinal) || text.Contains("草稿正文", StringComparison.Ordinal), name);
        }
    }

    [Fact]
    public void Serve_shows_a_draft_marked_and_noindex()
    {
        using var input = new TempInput().Write("site.yml", CrossReportLinkTests.SiteYml).Write("pub/report.md", Published).Write("wip/report.md", Draft);
        var result = SiteBuilder.Build(input.Options with { BuildPdf = false, BuildEpub = false, BuildArchive = false, UseCache = false, IncludeDrafts = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var draft = File.ReadAllText(Path.Combine(input.Output, "wip", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", draft);
        Assert.Contains("class=\"draft-mark\"", draft);
        Assert.Contains("草稿", draft);
        var published = File.ReadAllText(Path.Combine(input.Output, "pub", "index.html"));
        Assert.DoesNotContain("noindex", published);
        Assert.DoesNotContain("draft-mark", published);
        var home = File.ReadAllText(Path.Combine(input.Output, "index.html"));
        Assert.Contains("未定稿草案</a> <span class=\"draft-mark\">", home);
    }

    [Fact]
    public void A_published_report_linking_a_draft_is_an_error_at_the_link()
    {
        using var input = new TempInput()
            .Write("pub/report.md", Published + "\n见[草案](../wip/report.md#草案)。\n")
            .Write("wip/report.md", Draft);
        var error = Assert.Single(input.Diagnostics(), d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.LinkToDraft, "pub/report.md", 9), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains("wip/report.md", error.Message);

        var serve = SiteBuilder.Check(input.Options with { IncludeDrafts = true });
        Assert.DoesNotContain(serve.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("draft: false", false)]
    [InlineData("draft: yes", true)]
    [InlineData("draft: 1", null)]
    public void Draft_is_true_or_false(string line, bool? draft)
    {
        var (report, diagnostics) = Reports.Parse($"---\ntitle: 报告\ndate: 2021-02-22\n{line}\n---\n正文。\n");
        if (draft is null)
        {
            var d = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.InvalidFrontMatter, 4), (d.Code, d.Location.Line));
        }
        else
        {
            Assert.Equal(draft, report!.Metadata.Draft);
        }
    }

    private static bool IsText(string name) =>
        new[] { ".html", ".xhtml", ".xml", ".opf", ".ncx", ".txt", ".json", ".md", ".js", ".css" }.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Every text file of the output, and every entry of every zip (bags, EPUB) as "file!entry".</summary>
    internal static IEnumerable<(string Name, string Text)> Texts(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(output, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
            {
                using var zip = new ZipArchive(new MemoryStream(bytes));
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    var text = reader.ReadToEnd();
                    yield return ($"{name}!{entry.FullName}", IsText(entry.FullName) ? text : "");
                }
            }
            else
            {
                yield return (name, IsText(name) ? Encoding.UTF8.GetString(bytes) : "");
            }
        }
    }
}
