using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// A table is as wide as its content, centred in the measure as figures are; a table too wide for the measure is set
/// smaller, down to the edition's floor, before its cells wrap, and one that does not fit even then is set anyway
/// (nothing left out) with one warning at its line. Before, every table was stretched across the text block, and a
/// 30-column table was set at full size one character per line.
/// </summary>
public sealed class TableWidthTests
{
    /// <summary>A4 with 25 mm margins and a 10.5 pt body: the measure is 43 em, 451.5 pt; tables are 9.45 pt.</summary>
    private static readonly EditionSettings A4 = new() { RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None, CoverAndContents = false };

    private static double Left(EditionSettings s)
    {
        var frame = (s.PageWidthMm - s.MarginInnerMm - s.MarginOuterMm) * 72 / 25.4;
        return s.MarginInnerMm * 72 / 25.4 + (frame - Measure(s)) / 2;
    }

    private static double Measure(EditionSettings s) =>
        Math.Floor((s.PageWidthMm - s.MarginInnerMm - s.MarginOuterMm) * 72 / 25.4 / s.BodySize + 1e-9) * s.BodySize;

    private static IReadOnlyList<Run> Cell(string text) => [new TextRun(text)];

    private static TableBlock Table(int columns, int rows, string source) => new(
        [Enumerable.Range(1, columns).Select(c => Cell(c.ToString(CultureInfo.InvariantCulture))).ToList()],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<IReadOnlyList<Run>>)Enumerable.Range(0, columns).Select(c => Cell((100 + c + r).ToString(CultureInfo.InvariantCulture))).ToList()).ToList(),
        [], source);

    /// <summary>The table's rules (its only lines on these pages): left and right ends.</summary>
    private static (double X0, double X1) Rules(RecordingCanvas canvas)
    {
        var rules = canvas.Pages.SelectMany(p => p).Where(l => l.StartsWith("line ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')).Select(f => (X0: D(f[1]), X1: D(f[3]))).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal(rules[0], r));
        return rules[0];
    }

    [Fact]
    public void A_narrow_two_column_table_is_set_at_its_natural_width_centred_in_the_measure()
    {
        var table = new TableBlock([[Cell("项目"), Cell("数值")]], [[Cell("收入"), Cell("12")], [Cell("支出"), Cell("7")]],
            [CellAlignment.Start, CellAlignment.End], "t.md:1");
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(new TypesetDocument(SmallPage.Info, [table]), A4, canvas, new FixedWidthMeasurer());
        Assert.Empty(result.Diagnostics);
        var (x0, x1) = Rules(canvas);
        // Two columns of two 9.45 pt characters (bold, fixed widths) with half an em each side: 2 × 3 em of the table's size.
        Assert.Equal(2 * 3 * A4.TablePoints, x1 - x0, 2);
        Assert.Equal(Left(A4) + Measure(A4) / 2, (x0 + x1) / 2, 2);
        // The text stands inside the rules, at full table size.
        Assert.All(canvas.Texts, t => Assert.Equal(A4.TablePoints, t.Size, 6));
        Assert.All(canvas.Texts, t => Assert.InRange(t.X, x0, x1));
    }

    [Fact]
    public void A_thirty_column_table_steps_its_type_down_until_every_cell_is_one_line()
    {
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(new TypesetDocument(SmallPage.Info, [Table(30, 3, "t.md:4")]), A4, canvas, new FixedWidthMeasurer());
        Assert.Empty(result.Diagnostics);
        var sizes = canvas.Texts.Select(t => t.Size).Distinct().ToList();
        var size = Assert.Single(sizes);
        Assert.True(size < A4.TablePoints, $"set at {size} pt, the edition's table size");
        Assert.True(size >= A4.TableMinPoints, $"set at {size} pt, under the floor {A4.TableMinPoints}");
        // Every cell on one line: four rows (header and three) of 30 numbers, each drawn whole.
        Assert.Equal(4, canvas.Texts.Select(t => t.Baseline).Distinct().Count());
        Assert.Equal(30 + 90, canvas.Texts.Count);
        Assert.All(canvas.Texts.Skip(30), t => Assert.Equal(3, t.Text.Length));
        var (x0, x1) = Rules(canvas);
        Assert.True(x1 - x0 <= Measure(A4) + 0.01, "the table is wider than the measure");
        // Columns closed up to a quarter em each side: 30 × (1.5 + 0.5) em = 60 em, which fits 451.5 pt at 7.45 pt
        // (9.45 stepped down by 0.5 four times) and not at 7.95: the largest size that fits was chosen.
        Assert.Equal(7.45, size, 6);
        Assert.Equal(60 * size, x1 - x0, 1);
    }

    [Fact]
    public void A_short_cell_is_never_broken_the_table_is_set_smaller_instead()
    {
        // Fifteen columns headed by three Han characters: 15 × (3 + 1) em at 9.45 pt is wider than the measure. Broken
        // to fit, a heading would stand two characters over one; set at 8.45 pt (15 × 3.5 em closed up) each is whole.
        var header = Enumerable.Range(0, 15).Select(c => Cell("第" + "一二三四五六七八九十甲乙丙丁戊"[c] + "列")).ToList();
        var rows = Enumerable.Range(0, 2).Select(r => (IReadOnlyList<IReadOnlyList<Run>>)Enumerable.Range(0, 15).Select(c => Cell((100 + c).ToString(CultureInfo.InvariantCulture))).ToList()).ToList();
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(new TypesetDocument(SmallPage.Info, [new TableBlock([header], rows, [], "t.md:5")]), A4, canvas, new FixedWidthMeasurer());
        Assert.Empty(result.Diagnostics);
        var heads = canvas.Texts.Where(t => t.Text == "列").ToList();
        Assert.Equal(15, heads.Count);
        Assert.Single(heads.Select(t => t.Baseline).Distinct());
        Assert.Equal(8.45, heads[0].Size, 6);
    }

    [Fact]
    public void A_table_too_wide_even_at_the_floor_keeps_every_character_and_warns_once_at_its_line()
    {
        var canvas = new RecordingCanvas();
        var table = Table(60, 3, "t.md:7");
        var result = Typesetter.Layout(new TypesetDocument(SmallPage.Info, [table]), A4, canvas, new FixedWidthMeasurer());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(TypesetProblem.TableTooWide, warning.Problem);
        Assert.Equal("t.md:7", warning.Source);
        Assert.Equal(["60", A4.TableMinPoints.ToString("0.#", CultureInfo.InvariantCulture)], warning.Args);
        Assert.All(canvas.Texts, t => Assert.Equal(A4.TableMinPoints, t.Size, 6));
        // Nothing left out: every digit of every cell is drawn, within the measure.
        var cells = table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r).SelectMany(c => c).OfType<TextRun>().Sum(r => r.Text.Length);
        Assert.Equal(cells, canvas.Texts.Sum(t => t.Text.Length));
        var (x0, x1) = Rules(canvas);
        Assert.Equal(Measure(A4), x1 - x0, 1);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
