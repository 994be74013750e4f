using System.Xml;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// Writes report blocks as XHTML with the same ids as the HTML page, so "chapter.xhtml#id" and the page's
/// "#id" point at the same heading or paragraph. No whitespace is added inside blocks: between Han
/// characters a stray newline renders as a visible space.
/// </summary>
internal sealed class XhtmlBlockWriter(XmlWriter xml, XhtmlInlineWriter inlines, EpubImageCatalog images)
{
    public void WriteBlocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            WriteBlock(block);
            xml.WriteWhitespace("\n");
        }
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Element($"h{Math.Clamp(heading.Level, 1, 6)}", heading.Id, () => inlines.Write(heading.Content));
                break;
            case ParagraphBlock paragraph:
                Element("p", paragraph.Id, () => inlines.Write(paragraph.Content));
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case QuoteBlock quote:
                Element("blockquote", null, () => WriteBlocks(quote.Blocks));
                break;
            case CodeBlock code:
                Element("pre", null, () => Element("code", null, () => xml.WriteString(code.Text)));
                break;
            case ThematicBreakBlock:
                Element("hr", null, () => { });
                break;
            case TableBlock table:
                new XhtmlTableWriter(xml, inlines).Write(table);
                break;
            case FigureBlock figure:
                WriteFigure(figure);
                break;
        }
    }

    private void WriteList(ListBlock list)
    {
        xml.WriteStartElement(list.Ordered ? "ol" : "ul", Xhtml.Namespace);
        if (list.Ordered && list.Start != 1)
        {
            xml.WriteAttributeString("start", list.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var item in list.Items)
        {
            xml.WriteStartElement("li", Xhtml.Namespace);
            if (item.Blocks is [ParagraphBlock only])
            {
                inlines.Write(only.Content);
            }
            else
            {
                WriteBlocks(item.Blocks);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteFigure(FigureBlock figure)
    {
        Element("figure", figure.Id, () =>
        {
            if (figure.Image is { } image && images.HrefOf(image) is { } href)
            {
                inlines.WriteImage(image, href);
            }
            else if (figure.Image is { Alt.Length: > 0 } missing)
            {
                Element("p", null, () => xml.WriteString(missing.Alt), "figure-alt");
            }

            if (figure.Caption.Length > 0 || figure.Credit is not null)
            {
                Element("figcaption", null, () =>
                {
                    inlines.Write(figure.Caption);
                    if (figure.Credit is { } credit)
                    {
                        Element("span", null, () => xml.WriteString(credit), "credit");
                    }
                });
            }
        });
    }

    private void Element(string name, string? id, Action content, string? cssClass = null)
    {
        xml.WriteStartElement(name, Xhtml.Namespace);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        content();
        xml.WriteFullEndElementIfNeeded(name);
    }
}
