using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Layout;

/// <summary>A table row. Header rows draw a rule above and below; repeated header rows are artifacts (PDF/UA).</summary>
internal sealed class TableRowSlice : Slice
{
    public required IReadOnlyList<TableCell> Cells { get; init; }
    public required bool Header { get; init; }
    public required double TotalWidth { get; init; }
    public required double LineHeight { get; init; }
    public required double Pad { get; init; }
    public required double Baseline { get; init; }
    public bool Repeated { get; init; }
    public bool LastRow { get; init; }

    /// <summary>The first cell heads its row (a body row of a table whose first column labels the rows).</summary>
    public bool FirstCellHeadsRow { get; init; }

    public TableRowSlice AsRepeat() => new()
    {
        Cells = Cells, Header = true, TotalWidth = TotalWidth, LineHeight = LineHeight, Pad = Pad, Baseline = Baseline,
        Height = Height, Indent = Indent, Source = Source, Repeated = true,
    };

    public override void Draw(ICanvas canvas, double x, double y)
    {
        var left = x + Indent;
        if (Repeated) canvas.BeginArtifact();
        else canvas.BeginTag(StructureTag.TR);
        for (var c = 0; c < Cells.Count; c++)
        {
            var cell = Cells[c];
            // An empty header cell (a corner) heads nothing: it is data, as on the page (SiteGen's CellRole).
            var tag = Header ? (cell.Lines.Sum(l => l.Atoms.Count) == 0 ? StructureTag.TD : StructureTag.TH)
                : FirstCellHeadsRow && c == 0 ? StructureTag.RowHeader : StructureTag.TD;
            if (!Repeated) canvas.BeginTag(tag);
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                var line = cell.Lines[i];
                var shift = cell.Alignment switch
                {
                    CellAlignment.Center => (cell.Width - line.Width) / 2,
                    CellAlignment.End => cell.Width - line.Width,
                    _ => 0,
                };
                LineSlice.DrawLine(canvas, line, left + cell.X + shift, y + Pad + i * LineHeight + Baseline);
            }
            if (!Repeated) canvas.EndTag();
        }
        if (Repeated) canvas.EndArtifact();
        else canvas.EndTag();
        canvas.BeginArtifact();
        if (Header) canvas.Line(left, y, left + TotalWidth, y, 0.8);
        canvas.Line(left, y + Height, left + TotalWidth, y + Height, Header || LastRow ? 0.8 : 0.25);
        canvas.EndArtifact();
    }
}
