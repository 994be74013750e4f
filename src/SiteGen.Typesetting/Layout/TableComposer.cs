using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// Sizes columns from their content and makes one unbreakable slice per row; header rows repeat on each page. A table
/// is set at its natural width, centred in the measure as figures are; one too wide for it is set smaller, down to
/// the edition's floor (<see cref="EditionSettings.TableMinSize"/>), before its cells are made to wrap.
/// </summary>
internal sealed class TableComposer(LayoutContext context)
{
    /// <summary>How far the type of a too-wide table steps down each try, in points.</summary>
    private const double SizeStep = 0.5;

    public void Compose(TableBlock t, List<FlowItem> items, double indent, double width, TextSetter setter)
    {
        var columns = t.HeaderRows.Concat(t.BodyRows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        if (columns == 0) return;
        var (style, pad, widths) = Fit(t, columns, width, setter);
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
            // A hair over the column: a cell measured on one line must set on one line at its natural width, whatever the rounding.
            var lines = setter.Set(runs, style, widths[c] - 2 * pad + 0.01, 0, false, source);
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

    /// <summary>Space each side of a cell's text, in em of the table's size: a tight table closes its columns up first.</summary>
    private const double PadEm = 0.5, TightPadEm = 0.25;

    /// <summary>
    /// The type size, cell padding and column widths: the edition's table size if every column can hold its widest
    /// word and four characters (a shorter cell whole) in it; else the columns close up to a quarter em each
    /// side and the type steps down, <see cref="SizeStep"/> at a time, to the largest size at which they can, but not
    /// under the floor. At the floor a table that still does not fit is set anyway, its narrowest cells broken inside
    /// words, and warned of once at its line; no text is left out.
    /// </summary>
    private (TextStyle Style, double Pad, double[] Widths) Fit(TableBlock t, int columns, double width, TextSetter setter)
    {
        var floor = context.Settings.TableMinPoints;
        var size = context.Settings.TablePoints;
        var padEm = PadEm;
        while (true)
        {
            var style = new TextStyle(FontRole.Body, false, size);
            var (natural, minimum) = Measure(t, columns, style, padEm * size, setter);
            var fits = minimum.Sum() <= width + 0.01;
            if (fits || size <= floor)
            {
                // Reported at the table's line; the cells' own "broken inside a word" warnings would repeat it.
                if (!fits && context.OverflowReported.Add(t.Source)) TooWide(t, columns, size);
                return (style, padEm * size, ColumnWidths(natural, minimum, width));
            }
            if (padEm > TightPadEm) padEm = TightPadEm;
            else size = Math.Max(floor, size - SizeStep);
        }
    }

    private void TooWide(TableBlock t, int columns, double size)
    {
        var n = columns.ToString(CultureInfo.InvariantCulture);
        var pt = size.ToString("0.#", CultureInfo.InvariantCulture);
        context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF003",
            $"A table of {n} columns does not fit the line even at {pt} pt: its narrowest cells break inside words. Split the table or give it fewer columns.",
            t.Source) { Problem = TypesetProblem.TableTooWide, Args = [n, pt] });
    }

    /// <summary>A cell's text up to this wide (in em: "10月", "328", "社情民意") is never broken; a longer one keeps this much per line.</summary>
    private const double WholeCellEm = 4;

    /// <summary>Each column's width on one line (natural) and the least it can take: its widest word, and four characters unless its text is shorter.</summary>
    private static (double[] Natural, double[] Minimum) Measure(TableBlock t, int columns, TextStyle style, double pad, TextSetter setter)
    {
        var natural = new double[columns];
        var minimum = new double[columns];
        foreach (var row in t.HeaderRows.Concat(t.BodyRows))
            for (var c = 0; c < row.Count; c++)
            {
                var one = setter.Set(row[c], style with { Bold = true }, double.MaxValue / 4, 0, false, "");
                var text = one.Sum(l => l.Width);
                natural[c] = Math.Max(natural[c], text + 2 * pad);
                var widest = one.SelectMany(l => l.Atoms).Select(a => a.Advance).DefaultIfEmpty(0).Max();
                minimum[c] = Math.Max(minimum[c], Math.Max(widest, Math.Min(text, WholeCellEm * style.Size)) + 2 * pad);
            }
        return (natural, minimum);
    }

    /// <summary>
    /// Natural widths when they fit (the table is no wider than its content); otherwise each column gets its least
    /// width and the rest of the measure goes to the columns in proportion to how much more they would like.
    /// </summary>
    private static double[] ColumnWidths(double[] natural, double[] minimum, double width)
    {
        if (natural.Sum() <= width) return natural;
        var spare = width - minimum.Sum();
        if (spare <= 0) return minimum.Select(m => m * width / minimum.Sum()).ToArray();
        var flexible = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var flexSum = flexible.Sum();
        return minimum.Select((m, c) => flexSum > 0 ? m + spare * flexible[c] / flexSum : m + spare / minimum.Length).ToArray();
    }
}

internal sealed record TableCell(IReadOnlyList<SetLine> Lines, double X, double Width, CellAlignment Alignment);
