using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// docs/typography.md rule 23: a footnote's number stands in a box as wide as the report's widest number, and every
/// line of its text hangs after it. Before, the text followed the number and a space, so note 10's text started
/// further right than note 1's, and its second line ran back under the number.
/// </summary>
public sealed class FootnoteHangTests
{
    private static readonly EditionSettings Small = SmallPage.Settings with { PageHeightMm = 160 };

    /// <summary>One paragraph citing notes 1–10; note 10 runs to two lines.</summary>
    private static RecordingCanvas Lay(EditionSettings settings)
    {
        var runs = new List<Run> { new TextRun("正文") };
        for (var n = 1; n <= 10; n++)
        {
            var text = n == 10 ? new string('丙', 40) : n == 1 ? "甲注。" : n == 2 ? "乙注。" : "丁注。";
            runs.Add(new FootnoteRun(n.ToString(System.Globalization.CultureInfo.InvariantCulture), [new TextRun(text)]));
            runs.Add(new TextRun("文"));
        }
        return SmallPage.Lay(settings, new ParagraphBlock(runs, "t.md:1"));
    }

    /// <summary>The x where each footnote line's text starts (its first non-digit glyph), keyed by page and baseline.</summary>
    private static List<(string First, double X, double NumberEnd)> NoteLines(RecordingCanvas canvas, EditionSettings settings)
    {
        var size = settings.FootnotePoints;
        return canvas.Texts.Where(t => Math.Abs(t.Size - size) < 1e-6)
            .GroupBy(t => (t.Page, Math.Round(t.Baseline, 3)))
            .Select(g =>
            {
                var glyphs = g.OrderBy(t => t.X).ToList();
                var text = glyphs.First(t => !t.Text.All(char.IsAsciiDigit));
                var digits = glyphs.Where(t => t.Text.All(char.IsAsciiDigit)).ToList();
                var numberEnd = digits.Count == 0 ? double.NaN : digits.Max(t => t.X + t.Text.Length * 0.5 * size);
                return (text.Text, text.X, numberEnd);
            })
            .ToList();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    public void Every_line_of_every_note_starts_at_one_x_after_the_number_box(double gapEm)
    {
        var settings = Small with { FootnoteGapEm = gapEm };
        var lines = NoteLines(Lay(settings), settings);
        Assert.Equal(11, lines.Count); // ten notes, note 10 on two lines
        Assert.Equal(2, lines.Count(l => l.First.StartsWith('丙')));
        var x = lines[0].X;
        Assert.All(lines, l => Assert.Equal(x, l.X, 3));
        // The widest number ("10") ends exactly the gap before the text; the others end there too (right-aligned).
        var size = settings.FootnotePoints;
        Assert.All(lines.Where(l => !double.IsNaN(l.NumberEnd)), l => Assert.Equal(x - gapEm * size, l.NumberEnd, 3));
        // Note 10's second line has no number: it hangs at the text's x, not under the number.
        Assert.Single(lines, l => double.IsNaN(l.NumberEnd));
    }
}
