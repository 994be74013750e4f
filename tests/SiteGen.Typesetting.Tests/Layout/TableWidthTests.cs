using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// A table is as wide as its content, centred in the measure as figures are. Before, every table was stretched across
/// the text block.
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

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
