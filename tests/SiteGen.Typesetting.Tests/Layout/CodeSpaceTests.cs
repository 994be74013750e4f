using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// docs/typography.md rule 24: a code block stands apart by <c>code-space</c> body lines above and below, as a quote does
/// by <c>quote-space</c>. Before, a listing sat directly under the paragraph that introduced it, set off only by its rule.
/// </summary>
public sealed class CodeSpaceTests
{
    private static readonly EditionSettings Small = SmallPage.Settings;

    private static RecordingCanvas Lay(EditionSettings settings, params Block[] blocks) => SmallPage.Lay(settings, blocks);

    private static ParagraphBlock Para(string text) => new([new TextRun(text)], "t.md:1");

    private static Block[] ParagraphCodeParagraph() =>
    [
        Para("下面是配置。"),
        new PreformattedBlock("alpha = 1\nomega = 2", "t.md:3"),
        Para("其后正文。"),
    ];

    private static double Baseline(RecordingCanvas canvas, string start) =>
        canvas.Texts.First(t => t.Text.StartsWith(start, StringComparison.Ordinal)).Baseline;

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    public void A_code_block_keeps_its_space_from_the_text_above_and_below(double lines)
    {
        var spaced = Lay(Small with { CodeSpace = lines }, ParagraphCodeParagraph());
        var tight = Lay(Small with { CodeSpace = 0 }, ParagraphCodeParagraph());
        var extra = Small.BodySize * Small.Leading * lines;
        Assert.Equal(extra, (Baseline(spaced, "alpha") - Baseline(spaced, "下")) - (Baseline(tight, "alpha") - Baseline(tight, "下")), 3);
        Assert.Equal(extra, (Baseline(spaced, "其") - Baseline(spaced, "omega")) - (Baseline(tight, "其") - Baseline(tight, "omega")), 3);
    }

    [Fact]
    public void Without_code_space_the_code_follows_the_paragraph_line_by_line()
    {
        // At 0 the listing's first line box starts right where the paragraph's last one ends: nothing sets it apart.
        var canvas = Lay(Small with { CodeSpace = 0 }, ParagraphCodeParagraph());
        var code = Small.CodePoints;
        var expected = Small.BodySize * Small.Leading - global::SiteGen.Typesetting.Layout.BlockComposer.Baseline(Small.BodySize * Small.Leading, Small.BodySize)
            + global::SiteGen.Typesetting.Layout.BlockComposer.Baseline(code * Small.Leading, code);
        Assert.Equal(expected, Baseline(canvas, "alpha") - Baseline(canvas, "下"), 3);
    }

    [Fact]
    public void A_heading_after_a_code_block_takes_the_larger_space_not_both()
    {
        var heading = new HeadingBlock(2, "h", [new TextRun("标题")], "t.md:5");
        var spaced = Lay(Small, new PreformattedBlock("omega = 2", "t.md:1"), heading);
        var tight = Lay(Small with { CodeSpace = 0 }, new PreformattedBlock("omega = 2", "t.md:1"), heading);
        Assert.Equal(Baseline(tight, "标") - Baseline(tight, "omega"), Baseline(spaced, "标") - Baseline(spaced, "omega"), 3);
    }

    [Fact]
    public void A_code_block_at_the_top_of_a_page_starts_at_the_top()
    {
        var spaced = Lay(Small with { CodeSpace = 1 }, new PreformattedBlock("alpha = 1", "t.md:1"));
        var tight = Lay(Small with { CodeSpace = 0 }, new PreformattedBlock("alpha = 1", "t.md:1"));
        Assert.Equal(Baseline(tight, "alpha"), Baseline(spaced, "alpha"), 3);
    }
}
