using System.Collections.Immutable;
using System.Xml;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>Writes a table with header cells as &lt;th scope="col"&gt; so screen readers announce columns.</summary>
internal sealed class XhtmlTableWriter(XmlWriter xml, XhtmlInlineWriter inlines)
{
    public void Write(TableBlock table)
    {
        xml.WriteStartElement("table", Xhtml.Namespace);
        xml.WriteAttributeString("id", table.Id);
        WriteSection("thead", table.HeaderRows, header: true);
        WriteSection("tbody", table.BodyRows, header: false);
        xml.WriteFullEndElement();
    }

    private void WriteSection(string name, ImmutableArray<TableRow> rows, bool header)
    {
        if (rows.IsEmpty)
        {
            return;
        }

        xml.WriteStartElement(name, Xhtml.Namespace);
        foreach (var row in rows)
        {
            xml.WriteStartElement("tr", Xhtml.Namespace);
            foreach (var cell in row.Cells)
            {
                xml.WriteStartElement(header ? "th" : "td", Xhtml.Namespace);
                if (header)
                {
                    xml.WriteAttributeString("scope", "col");
                }

                if (cell.Alignment != CellAlignment.None)
                {
                    xml.WriteAttributeString("class", "align-" + cell.Alignment.ToString().ToLowerInvariant());
                }

                inlines.Write(cell.Content);
                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
    }
}
