using System.IO.Compression;
using System.Xml.Linq;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>
/// Issue 11: a corrected report says so in every format, in its own language and newest first: the page, the
/// EPUB (its text) and each PDF edition (read back with pdftotext), so a copy kept apart from the site still
/// tells which version it is. A preview says it is one in the same places.
/// </summary>
public sealed class RevisionNotesTests : IDisposable
{
    private const string Report = """
        ---
        title: 2021年工作报告
        date: 2021-02-22
        slug: cppcc-2021
        revisions:
          - date: 2021-03-01
            note: 更正第二部分一处数字
          - date: 2021-04-02
            note: 更正表2合计
        ---
        ## 工作回顾

        回顾正文。
        """;

    private static readonly string[] Expected = ["修订于2021年4月2日：更正表2合计", "修订于2021年3月1日：更正第二部分一处数字"];
    private const string PreviewNote = "预览版，不可发布";
    private readonly TempDir _site = new();

    public void Dispose() => _site.Dispose();

    private string Build(bool preview)
    {
        _site.File("input/site.yml", preview ? "title: 档案\n" : PublishedSite.SiteYml);
        _site.File("input/r/report.md", Report);
        var output = _site.Combine(preview ? "preview" : "out");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = _site.Combine("input"),
            OutputDirectory = output,
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            BuildArchive = false,
            UseCache = false,
            Preview = preview,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    [ToolFact(Tool.Poppler)]
    public void The_page_the_epub_and_every_pdf_edition_list_the_corrections_newest_first()
    {
        var output = Build(preview: false);

        var html = File.ReadAllText(Path.Combine(output, "cppcc-2021", "index.html"));
        var page = Flat(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "")));
        AssertInOrder(page, Expected);

        var epub = EpubText(Path.Combine(output, "cppcc-2021", "cppcc-2021.epub"));
        AssertInOrder(epub, Expected);
        Assert.True(epub.IndexOf(Expected[1], StringComparison.Ordinal) < epub.IndexOf("回顾正文", StringComparison.Ordinal), "after the title, before the body");
        Assert.DoesNotContain(PreviewNote, epub);

        var pdfs = Directory.GetFiles(Path.Combine(output, "cppcc-2021"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, pdfs.Count);
        foreach (var pdf in pdfs)
        {
            var text = Flat(PdfTools.Text(pdf, layout: false));
            AssertInOrder(text, Expected);
            Assert.True(text.IndexOf(Expected[1], StringComparison.Ordinal) < text.LastIndexOf("回顾正文", StringComparison.Ordinal), pdf);
            Assert.DoesNotContain(PreviewNote, text);
            Assert.DoesNotContain(PreviewNote, PdfTools.Info(pdf).Subject ?? "");
        }
    }

    [ToolFact(Tool.Poppler)]
    public void A_preview_says_so_in_the_epub_and_every_pdf_edition()
    {
        var output = Build(preview: true);

        Assert.Contains(PreviewNote, EpubText(Path.Combine(output, "cppcc-2021", "cppcc-2021.epub")));
        foreach (var pdf in Directory.GetFiles(Path.Combine(output, "cppcc-2021"), "*.pdf"))
        {
            Assert.Contains(PreviewNote, Flat(PdfTools.Text(pdf, layout: false)));
            Assert.StartsWith(PreviewNote, PdfTools.Info(pdf).Subject ?? "");
        }
    }

    /// <summary>The text of every XHTML document of the book, in spine order (here: the one chapter).</summary>
    private static string EpubText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var chapter = zip.Entries.Single(e => e.FullName.EndsWith("chapter.xhtml", StringComparison.Ordinal));
        using var stream = chapter.Open();
        return Flat(XDocument.Load(stream).Root!.Value);
    }

    /// <summary>Without white space: pdftotext breaks lines where the page does.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertInOrder(string text, string[] expected)
    {
        var at = -1;
        foreach (var line in expected)
        {
            var next = text.IndexOf(line, StringComparison.Ordinal);
            Assert.True(next > at, $"'{line}' missing or out of order in: {text[..Math.Min(400, text.Length)]}");
            at = next;
        }
    }
}
