using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Ingest;

/// <summary>Issue 9: one classifier decides each link's kind; the page, the EPUB and the PDF read it.</summary>
public sealed class LinkKindTests
{
    [Theory]
    [InlineData("#甲-1", LinkKind.Anchor)]
    [InlineData("../report-2020/", LinkKind.OtherReport)]
    [InlineData("../report-2020/index.html#工作回顾", LinkKind.OtherReport)]
    [InlineData("http-notes.html", LinkKind.LocalFile)]
    [InlineData("https-data/table.xlsx", LinkKind.LocalFile)]
    [InlineData("/files/a.pdf", LinkKind.LocalFile)]
    [InlineData("../../elsewhere/", LinkKind.LocalFile)]
    [InlineData("notes.html?x=a:b", LinkKind.LocalFile)]
    [InlineData("HTTPS://www.gov.cn/", LinkKind.Web)]
    [InlineData("http://example.org/a", LinkKind.Web)]
    [InlineData("mailto:office@example.org", LinkKind.Mail)]
    [InlineData("", LinkKind.Empty)]
    [InlineData("java\tscript:alert(1)", LinkKind.Unsafe)]
    [InlineData("data:text/html,x", LinkKind.Unsafe)]
    [InlineData("file:///etc/passwd", LinkKind.Unsafe)]
    public void Each_target_has_one_kind(string href, LinkKind kind) => Assert.Equal(kind, LinkKinds.Of(href));

    [Fact]
    public void A_relative_file_named_http_something_is_a_file_in_every_format()
    {
        // The file is not there: a local file is an attachment, so its absence is the one error (at the link).
        var (parsed, diagnostics) = Reports.Parse(Reports.FrontMatter + "## 甲\n\n见[说明](http-notes.html)与[网站](https://www.gov.cn/)。\n");
        Assert.Equal([DiagnosticCodes.MissingAttachment], diagnostics.Select(d => d.Code));
        var report = parsed!;
        var links = ReportLinks.Of(report).Select(l => l.Link).ToList();
        Assert.Equal([LinkKind.LocalFile, LinkKind.Web], links.Select(l => l.Kind));

        var bag = new DiagnosticBag();
        var edition = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag)[0];
        var document = new ReportDocumentMapper(report, edition, Path.GetTempPath()).Map();
        var pdfLinks = document.Blocks.OfType<T.ParagraphBlock>().SelectMany(p => p.Runs).OfType<T.LinkRun>().ToList();
        Assert.Equal(["https://www.gov.cn/"], pdfLinks.Select(l => l.Uri));

        var page = new Uri("https://example.org/r/");
        Assert.Equal("https://example.org/r/http-notes.html", SiteGen.Epub.EpubBody.ResolveHref("http-notes.html", page));
        Assert.Equal("https://www.gov.cn/", SiteGen.Epub.EpubBody.ResolveHref("https://www.gov.cn/", page));
    }
}
