using System.Xml.Linq;
using SiteGen.Html;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// The web page's body (the shared <see cref="HtmlBodyWriter"/>, so ids and markup match the HTML page),
/// adapted to a book: no permalinks, images by their names inside the book, relative links made absolute
/// on the published site (their targets are not in the book), EPUB semantics on notes, and the attributes
/// epubcheck 4.2's HTML schema predates (loading="lazy") left out.
/// </summary>
internal sealed class EpubBody
{
    private static readonly XNamespace X = Xhtml.Namespace;
    private static readonly XNamespace Ops = Xhtml.OpsNamespace;

    private static readonly Dictionary<string, string> EpubTypeByRole = new(StringComparer.Ordinal)
    {
        ["doc-noteref"] = "noteref",
        ["doc-backlink"] = "backlink",
    };

    private EpubBody(XElement article, XElement notes, IEnumerable<TocEntry> toc, PageBreakMarkers pages)
    {
        Article = article.Nodes().ToList();
        Notes = notes.Nodes().ToList();
        Toc = toc.Select(t => (t.Level, t.Id, t.Text)).ToList();
        Pages = pages;
    }

    public IReadOnlyList<XNode> Article { get; }
    public IReadOnlyList<XNode> Notes { get; }
    public IReadOnlyList<(int Level, string Id, string Text)> Toc { get; }

    /// <summary>The print edition's page breaks: those inside <see cref="Article"/> are already in place.</summary>
    public PageBreakMarkers Pages { get; }

    public static EpubBody For(Model.Report report, Uri reportUrl, EpubImageCatalog images, PrintPages? print = null)
    {
        var body = HtmlBodyWriter.Write(report, new HtmlBodyOptions
        {
            ImageSource = images.HrefOf,
            HeadingPermalinks = false,
            ParagraphLinks = false,
        });
        var article = Adapt(body.Article, reportUrl, isNotes: false);
        var notes = Adapt(body.Footnotes, reportUrl, isNotes: true);
        var pages = print is null ? PageBreakMarkers.None : PageBreakMarkers.Place(print.Breaks, article, notes);
        return new EpubBody(article, notes, body.Toc, pages);
    }

    private static XElement Adapt(string fragment, Uri reportUrl, bool isNotes)
    {
        var wrapper = XElement.Parse(
            $"<div xmlns=\"{Xhtml.Namespace}\" xmlns:epub=\"{Xhtml.OpsNamespace}\">{fragment}</div>",
            LoadOptions.PreserveWhitespace);
        foreach (var element in wrapper.Descendants())
        {
            element.Attribute("loading")?.Remove();
            if (element.Name == X + "a" && element.Attribute("href") is { } href)
            {
                href.Value = ResolveHref(href.Value, reportUrl);
            }

            if ((string?)element.Attribute("role") is { } role && EpubTypeByRole.TryGetValue(role, out var type))
            {
                element.SetAttributeValue(Ops + "type", type);
            }

            // The web page leaves the notes' items without a role (DPUB-ARIA deprecated doc-endnote), but
            // reading systems still look for epub:type="endnote" to show a note as a pop-up.
            if (element.Name == X + "li" && element.Parent?.Parent is { } section &&
                ((string?)section.Attribute("class"))?.Split(' ').Contains("footnotes") == true)
            {
                element.SetAttributeValue(Ops + "type", "endnote");
            }
        }

        if (isNotes)
        {
            // The notes fragment is the notes section: mark it and each of its notes for reading systems (the
            // notes keep no role: DPUB-ARIA 1.1 deprecated doc-endnote; epub:type "endnote" is current SSV 1.1).
            foreach (var section in wrapper.Elements(X + "section"))
            {
                section.SetAttributeValue(Ops + "type", "endnotes");
                section.SetAttributeValue("role", "doc-endnotes");
                foreach (var note in section.Elements(X + "ol").Elements(X + "li"))
                {
                    note.SetAttributeValue(Ops + "type", "endnote");
                }
            }
        }

        return wrapper;
    }

    /// <summary>"#id", http(s) and mailto stay; anything else is relative to the report page on the site.</summary>
    internal static string ResolveHref(string href, Uri reportUrl)
    {
        if (LinkKinds.Of(href) is LinkKind.Anchor or LinkKind.Web or LinkKind.Mail)
        {
            return href;
        }

        return Uri.TryCreate(reportUrl, href, out var absolute) ? absolute.AbsoluteUri : reportUrl.AbsoluteUri;
    }
}
