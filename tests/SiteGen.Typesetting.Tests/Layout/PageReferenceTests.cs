using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>"（第N页）" after internal links: numbers from the earlier pass, right even when the reference moves its target.</summary>
public sealed class PageReferenceTests
{
    private static readonly EditionSettings Small = new()
    {
        PageWidthMm = 100, PageHeightMm = 120, MarginInnerMm = 10, MarginOuterMm = 10, MarginTopMm = 10, MarginBottomMm = 10,
        BodySize = 10, Leading = 1.5, RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None,
        PageReference = "（第{page}页）",
    };

    private static readonly DocumentInfo Info = new("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    private static (RecordingCanvas Canvas, TypesetResult Result) Lay(EditionSettings settings, params Block[] blocks)
    {
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(new TypesetDocument(Info, blocks), settings, canvas, new FixedWidthMeasurer());
        return (canvas, result);
    }

    private static LinkRun Link(string text, string anchor) => new([new TextRun(text)], null, anchor);

    private static string AllText(RecordingCanvas canvas) => string.Concat(Enumerable.Range(1, canvas.Pages.Count).Select(canvas.PageText));

    [Fact]
    public void Link_to_a_heading_prints_the_page_the_heading_lands_on()
    {
        var (canvas, result) = Lay(Small,
            new ParagraphBlock([new TextRun("详见"), Link("第三部分", "part3"), new TextRun("。")], "t.md:1"),
            new HeadingBlock(1, "part2", [new TextRun("第二部分")], "t.md:3"),
            new ParagraphBlock([new TextRun("正文。")], "t.md:4"),
            new HeadingBlock(1, "part3", [new TextRun("第三部分")], "t.md:5"),
            new ParagraphBlock([new TextRun("正文。")], "t.md:6"));
        // Level-1 parts start new pages: the target is the first thing on page 3.
        Assert.Equal(3, result.AnchorPages["part3"]);
        Assert.Equal(3, canvas.Destinations.Single(d => d.Name == "part3").Page);
        Assert.StartsWith("详见第三部分（第3页）。", canvas.PageText(1));
        // The reference is part of the link, so a click on the number goes there too.
        var log = canvas.Pages[0];
        var open = log.ToList().IndexOf("link #part3");
        var close = log.ToList().IndexOf("end link");
        Assert.Contains(log.Skip(open).Take(close - open), l => l.EndsWith(" 3"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PDF004");
    }

    [Fact]
    public void Link_to_a_footnote_prints_the_page_the_note_is_set_on()
    {
        var blocks = new List<Block> { new ParagraphBlock([new TextRun("见"), Link("注一", "fn-1"), new TextRun("。")], "t.md:1") };
        for (var i = 0; i < 8; i++) blocks.Add(new ParagraphBlock([new TextRun(new string('字', 59) + "。")], "t.md:2"));
        blocks.Add(new ParagraphBlock([new TextRun("引用"), new FootnoteRun("1", [new TextRun("注文。")], "fn-1"), new TextRun("。")], "t.md:9"));
        var (canvas, result) = Lay(Small with { Level1Start = SectionStart.Continue }, [.. blocks]);
        var notePage = canvas.Texts.First(t => t.Text == "注" && t.Page > 1).Page;
        Assert.True(notePage > 1);
        Assert.Equal(notePage, result.AnchorPages["fn-1"]);
        Assert.Contains(canvas.Destinations, d => d.Name == "fn-1" && d.Page == notePage);
        Assert.StartsWith($"见注一（第{notePage}页）。", canvas.PageText(1));
    }

    [Fact]
    public void Number_stays_right_when_the_reference_itself_pushes_its_target_to_the_next_page()
    {
        var continuous = Small with { Level1Start = SectionStart.Continue };
        var pushed = 0;
        var pagesSeen = new HashSet<int>();
        for (var lead = 1; lead <= 22; lead++)
        {
            for (var filler = 10; filler <= 16; filler++)
            {
                Block[] blocks =
                [
                    new ParagraphBlock([new TextRun(new string('字', lead)), Link("见目标", "t"), new TextRun("。")], "t.md:1"),
                    new ParagraphBlock([new TextRun(new string('字', filler * 22 - 3) + "。")], "t.md:2", FirstLineIndent: false),
                    new HeadingBlock(2, "t", [new TextRun("目标")], "t.md:3"),
                    new ParagraphBlock([new TextRun(new string('字', 60))], "t.md:4"),
                ];
                var (canvas, result) = Lay(continuous, blocks);
                var target = canvas.Destinations.Single(d => d.Name == "t").Page;
                Assert.Equal(target, result.AnchorPages["t"]);
                Assert.Contains($"见目标（第{target}页）。", AllText(canvas));
                Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PDF004");
                pagesSeen.Add(target);
                var (_, without) = Lay(continuous with { PageReference = null }, blocks);
                if (without.AnchorPages["t"] != target) pushed++;
            }
        }
        Assert.True(pagesSeen.Count >= 2, "the sweep should move the target across a page break");
        Assert.True(pushed > 0, "some case should have the reference text push its own target onto the next page");
    }

    [Fact]
    public void Reference_is_never_split_across_lines()
    {
        for (var lead = 1; lead <= 22; lead++)
        {
            var (canvas, _) = Lay(Small with { Level1Start = SectionStart.Continue },
                new ParagraphBlock([new TextRun(new string('字', lead)), Link("见", "t"), new TextRun("。")], "t.md:1", FirstLineIndent: false),
                new HeadingBlock(2, "t", [new TextRun("目标")], "t.md:3"));
            var lines = canvas.Texts.Where(t => t.Page == 1).GroupBy(t => t.Baseline).Select(g => string.Concat(g.Select(t => t.Text))).ToList();
            Assert.Contains(lines, l => l.Contains("（第1页）"));
        }
    }

    [Fact]
    public void Without_a_format_links_print_no_page()
    {
        var (canvas, _) = Lay(Small with { PageReference = null },
            new ParagraphBlock([new TextRun("详见"), Link("下文", "h")], "t.md:1"),
            new HeadingBlock(2, "h", [new TextRun("下文")], "t.md:2"));
        Assert.DoesNotContain("页", canvas.PageText(1));
    }

    [Fact]
    public void Link_to_an_anchor_that_never_lands_gets_no_number()
    {
        var (canvas, _) = Lay(Small, new ParagraphBlock([new TextRun("详见"), Link("别处", "nowhere"), new TextRun("。")], "t.md:1"));
        Assert.StartsWith("详见别处。", canvas.PageText(1));
    }
}
