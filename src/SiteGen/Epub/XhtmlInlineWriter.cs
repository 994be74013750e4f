using System.Xml;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// Writes inline content. Links relative to the report page become absolute URLs on the published site,
/// since the files they point at are not inside the book.
/// </summary>
internal sealed class XhtmlInlineWriter(XmlWriter xml, Uri reportUrl, EpubImageCatalog images)
{
    public void Write(IEnumerable<Inline> content)
    {
        foreach (var inline in content)
        {
            Write(inline);
        }
    }

    public void WriteImage(ImageRef image, string href)
    {
        xml.WriteStartElement("img", Xhtml.Namespace);
        xml.WriteAttributeString("src", href);
        xml.WriteAttributeString("alt", image.Alt);
        if (image.Title is { } title)
        {
            xml.WriteAttributeString("title", title);
        }

        xml.WriteEndElement();
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case TextInline text:
                xml.WriteString(text.Text);
                break;
            case StrongInline strong:
                Wrap("strong", strong.Children);
                break;
            case EmphasisInline emphasis:
                Wrap("em", emphasis.Children);
                break;
            case CodeInline code:
                xml.WriteElementString("code", Xhtml.Namespace, code.Text);
                break;
            case LineBreakInline:
                xml.WriteStartElement("br", Xhtml.Namespace);
                xml.WriteEndElement();
                break;
            case LinkInline link:
                WriteLink(link);
                break;
            case ImageInline { Image: var image }:
                if (images.HrefOf(image) is { } href)
                {
                    WriteImage(image, href);
                }
                else
                {
                    xml.WriteString(image.Alt);
                }

                break;
            case FootnoteRefInline note:
                WriteNoteRef(note);
                break;
        }
    }

    private void Wrap(string name, IEnumerable<Inline> children)
    {
        xml.WriteStartElement(name, Xhtml.Namespace);
        Write(children);
        xml.WriteFullEndElement();
    }

    private void WriteLink(LinkInline link)
    {
        // Ingestion refuses script links; should one get past it, the words stay and the target goes, as in HTML.
        if (!Html.SafeHref.IsSafe(link.Href))
        {
            Write(link.Children);
            return;
        }

        xml.WriteStartElement("a", Xhtml.Namespace);
        xml.WriteAttributeString("href", ResolveHref(link.Href));
        if (link.Title is { } title)
        {
            xml.WriteAttributeString("title", title);
        }

        Write(link.Children);
        xml.WriteFullEndElement();
    }

    private string ResolveHref(string href)
    {
        // Only http(s), mailto and relative links get past ingestion; "/x" counts as relative here (on Unix
        // Uri would read it as a file path).
        if (href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
            (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return href;
        }

        return Uri.TryCreate(reportUrl, href, out var absolute) ? absolute.AbsoluteUri : reportUrl.AbsoluteUri;
    }

    private void WriteNoteRef(FootnoteRefInline note)
    {
        xml.WriteStartElement("sup", Xhtml.Namespace);
        xml.WriteStartElement("a", Xhtml.Namespace);
        xml.WriteAttributeString("id", note.RefId);
        xml.WriteAttributeString("href", "#" + note.FootnoteId);
        xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, "noteref");
        xml.WriteAttributeString("role", "doc-noteref");
        xml.WriteString(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }
}
