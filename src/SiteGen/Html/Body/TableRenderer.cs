using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// Header rows become th scope="col". The table sits in a named, focusable region so a phone reader can
/// scroll a wide table with the keyboard.
/// </summary>
internal sealed class TableRenderer : NodeRenderer<TableBlock>
{
    protected override void Write(BodyRenderer renderer, TableBlock node)
    {
        renderer.TableCount++;
        var output = renderer.Out;
        output.Start("div", ("class", "table-scroll"), ("role", "region"), ("tabindex", "0"),
            ("aria-label", renderer.Language.TableLabel(renderer.TableCount)));
        output.Start("table", ("id", string.IsNullOrEmpty(node.Id) ? null : node.Id)).Line();
        if (!node.HeaderRows.IsEmpty)
        {
            output.Start("thead").Line();
            WriteRows(renderer, node.HeaderRows, "th");
            output.End("thead").Line();
        }

        if (!node.BodyRows.IsEmpty)
        {
            output.Start("tbody").Line();
            WriteRows(renderer, node.BodyRows, "td");
            output.End("tbody").Line();
        }

        output.End("table").End("div");
    }

    private static void WriteRows(BodyRenderer renderer, IEnumerable<TableRow> rows, string cellTag)
    {
        foreach (var row in rows)
        {
            renderer.Out.Start("tr");
            foreach (var cell in row.Cells)
            {
                renderer.Out.Start(cellTag, ("scope", cellTag == "th" ? "col" : null), ("class", AlignmentClass(cell.Alignment)));
                renderer.WriteInlines(cell.Content);
                renderer.Out.End(cellTag);
            }

            renderer.Out.End("tr").Line();
        }
    }

    private static string? AlignmentClass(CellAlignment alignment) =>
        alignment switch
        {
            CellAlignment.Left => "align-left",
            CellAlignment.Center => "align-center",
            CellAlignment.Right => "align-right",
            _ => null,
        };
}
