using SiteGen.Html;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Emphasis around full-width punctuation, as Chinese reports write it (**“两为两上”**要求), closes where the writer
/// meant: plain CommonMark left the asterisks in the text and ran the emphasis on. No asterisk reaches any format.
/// </summary>
public sealed class CjkEmphasisTests
{
    [Theory]
    [InlineData("推进委员当好**“参与者”**要求。", "“参与者”", true)]
    [InlineData("以及*“实践者”*精神。", "“实践者”", false)]
    [InlineData("紧扣**《政协章程》**规定。", "《政协章程》", true)]
    [InlineData("做到**懂政协、会协商、善议政，**守纪律。", "懂政协、会协商、善议政，", true)]
    [InlineData("全年**（含线上）**召开会议6次。", "（含线上）", true)]
    public void Emphasis_next_to_full_width_marks_closes_where_it_was_meant(string paragraph, string emphasised, bool strong)
    {
        var report = Reports.Body(paragraph + "\n");
        var inlines = Assert.IsType<ParagraphBlock>(report.Blocks[0]).Content;
        var marked = strong
            ? inlines.OfType<StrongInline>().Select(s => InlineText.Of(s.Children))
            : inlines.OfType<EmphasisInline>().Select(e => InlineText.Of(e.Children));
        Assert.Equal([emphasised], marked);
        Assert.DoesNotContain("*", InlineText.Of(inlines));
        Assert.DoesNotContain("*", HtmlBodyWriter.Write(report).Article);
    }

    [Fact]
    public void Latin_emphasis_keeps_commonmark_rules()
    {
        var report = Reports.Body("a*b*c and 2*3*4 and **bold**.\n");
        var inlines = Assert.IsType<ParagraphBlock>(report.Blocks[0]).Content;
        Assert.Equal(["bold"], inlines.OfType<StrongInline>().Select(s => InlineText.Of(s.Children)));
        Assert.Equal(["b", "3"], inlines.OfType<EmphasisInline>().Select(e => InlineText.Of(e.Children)));
    }
}

/// <summary>An emphasis mark left without its partner is a located warning (SG175); escaped or paired marks are not.</summary>
public sealed class UnpairedEmphasisTests
{
    [Theory]
    [InlineData("推进**委员当好参与者。", 1, "**")]
    [InlineData("一句话。\n\n第二段__未闭合。", 3, "__")]
    public void A_mark_without_its_partner_is_a_warning_at_its_place(string body, int line, string mark)
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + body + "\n");
        Assert.NotNull(report);
        var warning = Assert.Single(diagnostics, d => d.Code == SiteGen.Diagnostics.DiagnosticCodes.UnpairedEmphasis);
        Assert.Equal(SiteGen.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(Reports.FrontMatter.Count(c => c == '\n') + line, warning.Location.Line);
        Assert.Contains($"'{mark}'", warning.Message);
    }

    [Theory]
    [InlineData("推进**委员**当好参与者。")]
    [InlineData("写成 \\*\\* 即可。")]
    [InlineData("代码 `a**b` 不算。")]
    [InlineData("推进委员当好**“参与者”**要求。")]
    [InlineData("2*3*4 与 a*b。")]
    public void Paired_escaped_or_code_marks_are_not_flagged(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body + "\n");
        Assert.DoesNotContain(diagnostics, d => d.Code == SiteGen.Diagnostics.DiagnosticCodes.UnpairedEmphasis);
    }
}
