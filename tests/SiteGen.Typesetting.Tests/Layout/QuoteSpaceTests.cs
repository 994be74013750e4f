using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// docs/typography.md rule 22: a block quote stands apart by <c>quote-space</c> body lines above and below. Without it
/// the rich sample's one-line quote after a numbered list sat one plain line under the list's last item, 2 em in
/// like that item's text, and read as its second paragraph.
/// </summary>
public sealed class QuoteSpaceTests
{
    private static readonly EditionSettings Small = SmallPage.Settings;

    private static RecordingCanvas Lay(EditionSettings settings, params Block[] blocks) => SmallPage.Lay(settings, blocks);

    private static ParagraphBlock Para(string text, bool indent = true) => new([new TextRun(text)], "t.md:1", FirstLineIndent: indent);

    private static Block[] ListQuoteParagraph() =>
    [
        new ListBlock(true, 1, [[Para("第一", false)], [Para("第二", false)]], "t.md:1"),
        new QuoteBlock([Para("引用段落。", false)], "t.md:4"),
        Para("其后正文。"),
    ];

    private static double Baseline(RecordingCanvas canvas, string text) => canvas.Texts.First(t => t.Text == text).Baseline;

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    public void A_quote_keeps_its_space_from_the_list_above_and_the_text_below(double lines)
    {
        var canvas = Lay(Small with { QuoteSpace = lines }, ListQuoteParagraph());
        var line = Small.BodySize * Small.Leading;
        Assert.Equal(line * (1 + lines), Baseline(canvas, "引") - Baseline(canvas, "二"), 3);
        Assert.Equal(line * (1 + lines), Baseline(canvas, "其") - Baseline(canvas, "引"), 3);
    }

    [Fact]
    public void Without_quote_space_the_quote_follows_as_a_plain_line()
    {
        // The setting is what makes the gap: at 0 the quote sits exactly one body line under the list, as it used to.
        var canvas = Lay(Small with { QuoteSpace = 0 }, ListQuoteParagraph());
        Assert.Equal(Small.BodySize * Small.Leading, Baseline(canvas, "引") - Baseline(canvas, "二"), 3);
    }

    [Fact]
    public void A_heading_after_a_quote_takes_the_larger_space_not_both()
    {
        var canvas = Lay(Small, new QuoteBlock([Para("引用段落。", false)], "t.md:1"), new HeadingBlock(2, "h", [new TextRun("标题")], "t.md:3"));
        var alone = Lay(Small, Para("引用段落。", false), new HeadingBlock(2, "h", [new TextRun("标题")], "t.md:3"));
        Assert.Equal(Baseline(alone, "标") - Baseline(alone, "引"), Baseline(canvas, "标") - Baseline(canvas, "引"), 3);
    }

    [Fact]
    public void A_quote_at_the_top_of_a_page_starts_at_the_top()
    {
        var canvas = Lay(Small, new QuoteBlock([Para("引用段落。", false)], "t.md:1"));
        var plain = Lay(Small, Para("引用段落。", false));
        Assert.Equal(Baseline(plain, "引"), Baseline(canvas, "引"), 3);
    }
}
