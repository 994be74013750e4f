using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// Cells follow the roles ingestion gave them: th scope="col", th scope="row", or td (an empty corner too). The
/// caption is shown when it is text of its own, and visually hidden when it repeats the lead-in just above. The
/// table sits in a named, focusable region so a phone reader can scroll a wide table with the keyboard; with row
/// headers the first column stays in view while the rest scrolls (CSS .row-headers).
/// </summary>
internal sealed class TableRenderer : NodeRenderer<TableBlock>
{
    protected override void Write(BodyRenderer renderer, TableBlock node)
    {
        renderer.TableCount++;
        var output = renderer.Out;
        var caption = node.Caption.IsEmpty ? null : InlineText.Of(node.Caption);
        output.Start("div", ("class", "table-scroll"), ("role", "region"), ("tabindex", "0"),
            ("aria-label", caption ?? renderer.Language.TableLabel(renderer.TableCount)));
        output.Start("table", ("id", string.IsNullOrEmpty(node.Id) ? null : node.Id), ("class", node.RowHeaders ? "row-headers" : null)).Line();
        if (!node.Caption.IsEmpty)
        {
            output.Start("caption", ("class", node.CaptionShown ? null : "visually-hidden"));
            renderer.WriteInlines(node.Caption);
            output.End("caption").Line();
        }

        if (!node.HeaderRows.IsEmpty)
        {
            output.Start("thead").Line();
            WriteRows(renderer, node.HeaderRows);
            output.End("thead").Line();
        }

        if (!node.BodyRows.IsEmpty)
        {
            output.Start("tbody").Line();
            WriteRows(renderer, node.BodyRows);
            output.End("tbody").Line();
        }

        output.End("table").End("div");
    }

    private static void WriteRows(BodyRenderer renderer, IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            renderer.Out.Start("tr");
            foreach (var cell in row.Cells)
            {
                var (cellTag, scope) = cell.Role switch
                {
                    CellRole.ColumnHeader => ("th", "col"),
                    CellRole.RowHeader => ("th", "row"),
                    _ => ("td", (string?)null),
                };
                renderer.Out.Start(cellTag, ("scope", scope), ("class", AlignmentClass(cell.Alignment)));
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
