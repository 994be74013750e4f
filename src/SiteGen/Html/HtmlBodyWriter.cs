using SiteGen.Html.Body;
using SiteGen.Model;

namespace SiteGen.Html;

/// <summary>
/// Renders a report's body (blocks, notes, contents) to markup that is valid HTML and well-formed XHTML, so
/// the web page and the EPUB share one renderer. Everything is escaped; links are filtered by <see cref="SafeHref"/>.
/// </summary>
public static class HtmlBodyWriter
{
    public static HtmlBody Write(Report report, HtmlBodyOptions? options = null)
    {
        var language = HtmlLanguage.For(report.Metadata.Lang);
        var renderer = new BodyRenderer(language, options ?? HtmlBodyOptions.Default);
        renderer.WriteBlocks(report.Blocks);
        var article = renderer.ToString();

        var notes = new BodyRenderer(language, options ?? HtmlBodyOptions.Default, inNotes: true);
        FootnotesRenderer.Write(notes, report.Footnotes);

        var toc = TocRenderer.Entries(report);
        return new HtmlBody(article, TocRenderer.Write(toc), notes.ToString(), toc);
    }
}
