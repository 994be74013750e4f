using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// Sizes columns from their content and makes one unbreakable slice per row; header rows repeat on each page. A table
/// is set at its natural width, centred in the measure as figures are.
/// </summary>
internal sealed class TableComposer(LayoutContext context)
{
    public void Compose(TableBlock t, List<FlowItem> items, double indent, double width, TextSetter setter)
    {
        var style = new TextStyle(FontRole.Body, false, context.Settings.TablePoints);
        var pad = style.Size * 0.5;
        var columns = t.HeaderRows.Concat(t.BodyRows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        if (columns == 0) return;
        var widths = ColumnWidths(t, columns, width, pad, style, setter);
        // The caption stays centred over the measure, which is centred over the table too.
        var tableIndent = indent + Math.Max(0, width - widths.Sum()) / 2;
        if (t.AnchorId is not null) items.Add(new AnchorItem(t.AnchorId, 0, ""));
        items.Add(new TagItem(StructureTag.Table));
        var captioned = t.Caption is { Count: > 0 };
        if (captioned) Caption(t.Caption!, items, indent, width, t.Source, setter);
        var header = new List<TableRowSlice>();
        if (t.HeaderRows.Count > 0)
        {
            items.Add(new TagItem(StructureTag.THead));
            foreach (var row in t.HeaderRows)
            {
                var slice = Row(row, widths, t.Alignments, style with { Bold = true }, pad, tableIndent, true, t.Source, setter, header.Count > 0 || captioned, null);
                header.Add(slice);
                items.Add(slice);
            }
            items.Add(new TagItem(null));
        }
        items.Add(new TagItem(StructureTag.TBody));
        var repeat = header.Select(h => (Slice)h.AsRepeat()).ToList();
        for (var i = 0; i < t.BodyRows.Count; i++)
            items.Add(Row(t.BodyRows[i], widths, t.Alignments, style, pad, tableIndent, false, t.Source, setter, i == 0 && (header.Count > 0 || captioned), repeat.Count > 0 ? repeat : null,
                last: i == t.BodyRows.Count - 1, rowHeader: t.RowHeaders));
        items.Add(new TagItem(null));
        items.Add(new TagItem(null));
    }

    private TableRowSlice Row(IReadOnlyList<IReadOnlyList<Run>> row, double[] widths, IReadOnlyList<CellAlignment> align, TextStyle style,
        double pad, double indent, bool isHeader, string source, TextSetter setter, bool keep, IReadOnlyList<Slice>? repeat, bool last = false,
        bool rowHeader = false)
    {
        var cells = new List<TableCell>();
        var lh = style.Size * 1.5;
        double x = 0;
        for (var c = 0; c < widths.Length; c++)
        {
            var runs = c < row.Count ? row[c] : [];
            var lines = setter.Set(runs, style, widths[c] - 2 * pad, 0, false, source);
            cells.Add(new TableCell(lines, x + pad, widths[c] - 2 * pad, c < align.Count ? align[c] : CellAlignment.Start));
            x += widths[c];
        }
        var height = cells.Select(c => c.Lines.Count).DefaultIfEmpty(1).Max() * lh + 2 * pad;
        if (height > context.TextHeight)
            context.Wrap(TypesetProblem.RowTallerThanPage, "A table row is taller than the page's text area and cannot be split.", source);
        return new TableRowSlice
        {
            Cells = cells, Header = isHeader, TotalWidth = widths.Sum(), LineHeight = lh, Pad = pad, Height = height, Indent = indent,
            Baseline = BlockComposer.Baseline(lh, style.Size), Source = source, KeepWithPrevious = keep, RepeatHeader = repeat, LastRow = last,
            FirstCellHeadsRow = rowHeader,
            SpaceBefore = isHeader && !keep ? context.BodyLine * 0.5 : 0,
        };
    }

    /// <summary>The caption, centred above the table in the caption style, kept with the table's first row.</summary>
    private void Caption(IReadOnlyList<Run> caption, List<FlowItem> items, double indent, double width, string source, TextSetter setter)
    {
        var style = new TextStyle(FontRole.Heading, false, context.Settings.CaptionPoints);
        var lh = style.Size * context.Settings.CaptionLeading;
        var lines = setter.Set(caption, style, width, 0, false, source);
        items.Add(new TagItem(StructureTag.Caption));
        for (var i = 0; i < lines.Count; i++)
            items.Add(new LineSlice
            {
                Line = lines[i], Height = lh, Baseline = BlockComposer.Baseline(lh, style.Size), Indent = indent,
                Offset = (width - lines[i].Width) / 2, Source = source, KeepWithPrevious = i > 0,
                SpaceBefore = i == 0 ? context.BodyLine * 0.5 : 0,
            });
        items.Add(new TagItem(null));
    }

    private static double[] ColumnWidths(TableBlock t, int columns, double width, double pad, TextStyle style, TextSetter setter)
    {
        var natural = new double[columns];
        var minimum = new double[columns];
        foreach (var row in t.HeaderRows.Concat(t.BodyRows))
            for (var c = 0; c < row.Count; c++)
            {
                var one = setter.Set(row[c], style with { Bold = true }, double.MaxValue / 4, 0, false, "");
                var w = one.Sum(l => l.Width) + 2 * pad;
                natural[c] = Math.Max(natural[c], w);
                var widest = one.SelectMany(l => l.Atoms).Select(a => a.Advance).DefaultIfEmpty(0).Max();
                minimum[c] = Math.Max(minimum[c], Math.Max(widest, 2 * style.Size) + 2 * pad);
            }
        var total = natural.Sum();
        // A table no wider than its content: short columns are not stretched across the measure.
        if (total <= width) return natural;
        var spare = width - minimum.Sum();
        var flexible = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var flexSum = flexible.Sum();
        return minimum.Select((m, c) => spare > 0 && flexSum > 0 ? m + spare * flexible[c] / flexSum : width / columns).ToArray();
    }
}

internal sealed record TableCell(IReadOnlyList<SetLine> Lines, double X, double Width, CellAlignment Alignment);
