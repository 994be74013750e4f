using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Tables become pipe tables: the rows Word repeats as header rows give the header, merged cells are split
/// (the text stays in the first) and a cell's paragraphs join into one line. Each simplification is named.
/// </summary>
internal sealed partial class DocxConverter
{
    private TableBlock ReadTable(Table table)
    {
        var start = _place.Paragraph + 1;
        var rows = new List<List<string>>();
        var headerRows = 0;
        var headerDone = false;
        var merged = false;
        foreach (var row in table.Elements<TableRow>())
        {
            var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } header && (header.Val is null || header.Val.InnerText is not ("false" or "0" or "off"));
            if (isHeader && !headerDone)
            {
                headerRows++;
            }
            else
            {
                headerDone = true;
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var vertical = cell.TableCellProperties?.VerticalMerge;
                var continues = vertical is not null && vertical.Val?.InnerText is null or "continue";
                var text = Cell(cell);
                if (continues && text.Length == 0)
                {
                    merged = true;
                }

                cells.Add(text);
                for (var i = 1; i < span; i++)
                {
                    merged = true;
                    cells.Add("");
                }
            }

            rows.Add(cells);
        }

        if (merged)
        {
            Warn(start, DiagnosticCodes.ImportContentSimplified, Messages.ImportMergedCells.With());
        }

        if (headerRows == 0)
        {
            Warn(start, DiagnosticCodes.ImportContentSimplified, Messages.ImportNoHeaderRow.With());
        }
        else if (headerRows > 1)
        {
            Warn(start, DiagnosticCodes.ImportContentSimplified, Messages.ImportHeaderRows.With(headerRows));
        }

        var width = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Count));
        foreach (var row in rows)
        {
            while (row.Count < width) row.Add("");
        }

        return new TableBlock(start, rows);
    }

    private string Cell(OpenXmlElement cell)
    {
        var parts = new List<string>();
        foreach (var element in cell.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    _place.NextParagraph(paragraph.InnerText);
                    var context = new ParagraphContext(new InlineBuilder(), _main, inline: true);
                    WalkChildren(paragraph, context, default);
                    var markdown = OneLine(context.Builder.ToMarkdown());
                    if (markdown.Length > 0) parts.Add(markdown);
                    break;
                case Table nested:
                    _place.Warning(DiagnosticCodes.ImportContentSimplified, Messages.ImportNestedTable.With());
                    foreach (var inner in nested.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
                    {
                        var text = Cell(inner);
                        if (text.Length > 0) parts.Add(text);
                    }

                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    parts.Add(Cell(content));
                    break;
            }
        }

        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private void Warn(int paragraph, string code, Message message) =>
        _place.Diagnostics.Warning(code, Messages.ImportAtTable.With(message, paragraph), _place.Location with { Line = paragraph });
}
