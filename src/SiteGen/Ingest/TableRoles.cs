using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// Decides once what each table cell is, so the page, the EPUB and the PDF tags agree. Header-row cells head
/// their columns, except an empty one (a corner), which is data: an empty header is read as nothing. The first
/// column heads its rows when it labels them: the table has a header row and at least two columns, and every
/// body row starts with a distinct, non-empty label that is not a number (a column of 1, 2, 3 or 45% is data).
/// </summary>
internal static class TableRoles
{
    public static (ImmutableArray<TableRow> Header, ImmutableArray<TableRow> Body, bool RowHeaders) Assign(
        ImmutableArray<TableRow> header, ImmutableArray<TableRow> body)
    {
        var rowHeaders = LabelsRows(header, body);
        var headerRows = header.Select(row => new TableRow(row.Cells.Select(cell =>
            cell with { Role = IsEmpty(cell) ? CellRole.Data : CellRole.ColumnHeader }).ToImmutableArray())).ToImmutableArray();
        var bodyRows = body.Select(row => new TableRow(row.Cells.Select((cell, column) =>
            cell with { Role = rowHeaders && column == 0 ? CellRole.RowHeader : CellRole.Data }).ToImmutableArray())).ToImmutableArray();
        return (headerRows, bodyRows, rowHeaders);
    }

    private static bool LabelsRows(ImmutableArray<TableRow> header, ImmutableArray<TableRow> body)
    {
        if (header.IsEmpty || body.IsEmpty || header.Max(r => r.Cells.Length) < 2)
        {
            return false;
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in body)
        {
            if (row.Cells.Length < 2)
            {
                return false;
            }

            var label = InlineText.Of(row.Cells[0].Content).Trim();
            if (label.Length == 0 || IsNumber(label) || !labels.Add(label))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEmpty(TableCell cell) => InlineText.Of(cell.Content).Trim().Length == 0;

    /// <summary>Digits with the marks numbers carry (1,234.5 / 45% / -3 / 2021年 is not: it has a Han character).</summary>
    private static bool IsNumber(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%' or '-' or '+' or '％' or '，' or ' ');
}
