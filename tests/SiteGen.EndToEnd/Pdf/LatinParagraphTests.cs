using System.Globalization;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>
/// docs/typography.md rule 10: an English report is set in Latin convention, decided from its language when it is mapped:
/// the paragraph opening the body or following a heading starts flush, the others are indented latin-indent-em (1 em),
/// not the 2 em of a Chinese report. Read from the recording canvas of the English sample in every shipped edition.
/// </summary>
public sealed class LatinParagraphTests(ParsedRichSample sample) : IClassFixture<ParsedRichSample>
{
    /// <summary>The first "text x y size word" line drawing <paramref name="word"/>: its x and size.</summary>
    private static (double X, double Size) Text(string log, string word)
    {
        var line = log.Split('\n').First(l => l.StartsWith("text ", StringComparison.Ordinal) && l.EndsWith(" " + word, StringComparison.Ordinal));
        var parts = line.Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    [InlineData("large-print")]
    public void Opening_paragraphs_start_flush_and_the_next_one_is_indented_one_em(string edition)
    {
        var log = sample.Log("english-2019", edition);
        var left = Text(log, "Review").X; // the heading starts at the text block's left edge
        Assert.Equal(left, Text(log, "An").X, 2);   // opens the body
        Assert.Equal(left, Text(log, "Text").X, 2); // follows the heading
        var (x, size) = Text(log, "A");             // the review's second paragraph
        Assert.Equal(left + size, x, 2);
    }

    [Fact]
    public void A_chinese_report_keeps_two_em_after_a_heading()
    {
        // The same mapper, a zh report: the paragraph after its first section heading is indented 2 em, as rule 10 has it.
        var log = sample.Log("rich-2020", "screen");
        var lines = log.Split('\n');
        var heading = Array.FindIndex(lines, l => l.StartsWith("<H", StringComparison.Ordinal) && !l.StartsWith("<H1", StringComparison.Ordinal));
        var left = double.Parse(lines.Skip(heading).First(l => l.StartsWith("text ", StringComparison.Ordinal)).Split(' ')[1], CultureInfo.InvariantCulture);
        var paragraph = Array.FindIndex(lines, heading, l => l == "<P>");
        var first = lines.Skip(paragraph).First(l => l.StartsWith("text ", StringComparison.Ordinal)).Split(' ');
        Assert.Equal(left + 2 * double.Parse(first[3], CultureInfo.InvariantCulture), double.Parse(first[1], CultureInfo.InvariantCulture), 2);
    }
}
