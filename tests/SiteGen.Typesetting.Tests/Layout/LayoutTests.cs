using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>Layout with the recording canvas and fixed widths: no fonts, no PDF.</summary>
public sealed class LayoutTests
{
    private static readonly EditionSettings Small = new()
    {
        PageWidthMm = 100, PageHeightMm = 120, MarginInnerMm = 10, MarginOuterMm = 10, MarginTopMm = 10, MarginBottomMm = 10,
        BodySize = 10, Leading = 1.5, RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None,
    };

    private static readonly DocumentInfo Info = new("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    private static (RecordingCanvas Canvas, TypesetResult Result) Lay(EditionSettings settings, params Block[] blocks)
    {
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(new TypesetDocument(Info, blocks), settings, canvas, new FixedWidthMeasurer());
        return (canvas, result);
    }

    private static ParagraphBlock Para(int chars, string source = "t.md:1") =>
        new([new TextRun(new string('字', chars - 1) + "。")], source);

    [Fact]
    public void Footnote_is_set_on_the_page_that_cites_it()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 6; i++) blocks.Add(Para(60));
        blocks.Add(new ParagraphBlock([new TextRun("引用在此"), new FootnoteRun("1", [new TextRun("注文内容")]), new TextRun(new string('字', 40))], "t.md:9"));
        var (canvas, result) = Lay(Small, [.. blocks]);
        Assert.True(result.PageCount > 1);
        var markPage = canvas.Texts.First(t => t.Text == "1" && t.Size < 10).Page;
        var notePage = canvas.Texts.First(t => t.Text == "注").Page;
        Assert.Equal(markPage, notePage);
    }

    [Fact]
    public void Lists_nested_deeper_than_the_page_is_wide_stop_stepping_in_and_no_text_leaves_the_text_block()
    {
        Block list = new ListBlock(false, 1, [[Para(30, "t.md:40")]], "t.md:40");
        for (var depth = 39; depth > 0; depth--)
            list = new ListBlock(false, 1, [[Para(4, $"t.md:{depth}"), list]], $"t.md:{depth}");
        var (canvas, result) = Lay(Small, list);

        // Small: a 100 mm page with 10 mm margins leaves an 80 mm text block.
        var right = 90 * 72 / 25.4;
        Assert.All(canvas.Texts, t => Assert.True(t.X + t.Size <= right + 0.5, $"'{t.Text}' at x {t.X:0.0} runs past {right:0.0} on page {t.Page}"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Problem is TypesetProblem.LineOverflows or TypesetProblem.WordCut);
        Assert.Equal(39 * 4 + 30, canvas.Texts.Count(t => t.Text is "字" or "。"));
    }

    [Fact]
    public void A_hard_line_break_starts_the_next_text_on_a_new_line_at_the_margin()
    {
        var (canvas, _) = Lay(Small, new ParagraphBlock([new TextRun("政协亳州市委员会"), new LineBreakRun(), new TextRun("二〇二一年二月")], "t.md:1"));

        var first = canvas.Texts.First(t => t.Text == "政");
        var second = canvas.Texts.First(t => t.Text == "二");
        Assert.True(second.Baseline > first.Baseline, "the text after the break is on the next line");
        Assert.Equal(first.X - 20, second.X, 1); // at the margin, where the first line stood before its 2 em indent
        // The line before the break is set as it comes, not spread across the measure.
        var line = canvas.Texts.Where(t => t.Baseline == first.Baseline).ToList();
        Assert.Equal(10, line[1].X - line[0].X, 6);
    }

    [Fact]
    public void Table_header_rows_repeat_on_every_page_the_table_reaches()
    {
        var rows = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<IReadOnlyList<Run>>)[[new TextRun($"行{i}")], [new TextRun("值")]]).ToList();
        var table = new TableBlock([[[new TextRun("表头甲")], [new TextRun("表头乙")]]], rows, [CellAlignment.Start, CellAlignment.End], "t.md:3");
        var (canvas, result) = Lay(Small, table);
        Assert.True(result.PageCount >= 3);
        for (var page = 1; page <= canvas.Pages.Count; page++)
        {
            var log = canvas.Pages[page - 1];
            Assert.Contains(log, l => l.EndsWith(" 表"));
        }
        // Only the first occurrence is real content; repeats are artifacts.
        Assert.Equal(2, canvas.Texts.Count(t => t.Text == "表")); // 表头甲 and 表头乙, once
    }

    [Fact]
    public void Heading_is_never_the_last_thing_on_a_page()
    {
        for (var lines = 1; lines < 12; lines++)
        {
            var filler = new ParagraphBlock([new TextRun(new string('字', lines * 7))], "t.md:1", FirstLineIndent: false);
            var heading = new HeadingBlock(2, "h", [new TextRun("小标题")], "t.md:2");
            var (canvas, _) = Lay(Small, filler, Para(60), heading, Para(200));
            var headingPage = canvas.Texts.First(t => t.Text == "小").Page;
            var after = canvas.Texts.Where(t => t.Page == headingPage).SkipWhile(t => t.Text != "题").Skip(1).Count();
            Assert.True(after >= 2 * 8, $"filler {lines}: heading followed by only {after} characters on page {headingPage}");
        }
    }

    [Fact]
    public void Level_one_sections_start_on_odd_pages_in_print()
    {
        var print = Small with { Level1Start = SectionStart.RightPage, Mirrored = true };
        var blocks = new List<Block>();
        for (var s = 0; s < 4; s++)
        {
            blocks.Add(new HeadingBlock(1, $"s{s}", [new TextRun($"第{s}部分")], $"t.md:{s}"));
            for (var p = 0; p < s + 1; p++) blocks.Add(Para(150));
        }
        var (canvas, result) = Lay(print, [.. blocks]);
        for (var s = 0; s < 4; s++)
            Assert.Equal(1, result.AnchorPages[$"s{s}"] % 2);
        Assert.Contains(canvas.Destinations, d => d.Name == "s3");
    }

    [Fact]
    public void Level_one_sections_follow_on_in_the_flow_when_the_edition_says_continue()
    {
        var screen = Small with { Level1Start = SectionStart.Continue };
        Block[] blocks =
        [
            Para(30, "t.md:1"),
            new HeadingBlock(1, "s1", [new TextRun("第一部分")], "t.md:2"), Para(30, "t.md:3"),
            new HeadingBlock(1, "s2", [new TextRun("第二部分")], "t.md:4"), Para(30, "t.md:5"),
        ];
        var (_, result) = Lay(screen, blocks);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(1, result.AnchorPages["s2"]);
        var (_, paged) = Lay(Small with { Level1Start = SectionStart.NewPage }, blocks);
        Assert.Equal(3, paged.PageCount);
    }

    [Fact]
    public void Level_one_heading_in_the_flow_still_keeps_with_two_lines_of_its_section()
    {
        var screen = Small with { Level1Start = SectionStart.Continue };
        for (var lines = 8; lines < 18; lines++)
        {
            var filler = new ParagraphBlock([new TextRun(new string('字', lines * 8))], "t.md:1", FirstLineIndent: false);
            var (canvas, result) = Lay(screen, filler, new HeadingBlock(1, "s", [new TextRun("部分")], "t.md:2"), Para(200, "t.md:3"));
            var headingPage = result.AnchorPages["s"];
            var after = canvas.Texts.Where(t => t.Page == headingPage).SkipWhile(t => t.Text != "分").Skip(1).Select(t => t.Baseline).Distinct().Count();
            Assert.True(after >= 2, $"filler {lines}: the heading is followed by {after} lines on page {headingPage}");
        }
    }

    [Fact]
    public void Character_no_font_has_is_an_error_naming_it_and_its_location()
    {
        var canvas = new RecordingCanvas();
        var measurer = new FixedWidthMeasurer(new HashSet<int> { 0x20BB7 });
        var doc = new TypesetDocument(Info, [new ParagraphBlock([new TextRun("吉\U00020BB7祥")], "input/2021/report.md:42")]);
        var result = Typesetter.Layout(doc, Small, canvas, measurer);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/2021/report.md:42", error.Source);
        Assert.Contains("U+20BB7", error.Message);
        Assert.Contains("\U00020BB7", error.Message);
    }

    [Fact]
    public void Missing_character_is_reported_at_every_place_even_when_the_same_text_was_set_before()
    {
        // Set text is reused across passes and equal paragraphs; each place still gets its own error.
        var measurer = new FixedWidthMeasurer(new HashSet<int> { 0x20BB7 });
        var doc = new TypesetDocument(Info, [
            new ParagraphBlock([new TextRun("吉\U00020BB7祥")], "a.md:1"),
            new ParagraphBlock([new TextRun("吉\U00020BB7祥")], "a.md:2"),
        ]);
        var result = Typesetter.Layout(doc, Small, new RecordingCanvas(), measurer);
        Assert.Equal(["a.md:1", "a.md:2"], result.Diagnostics.Select(d => d.Source).ToArray());
    }

    [Fact]
    public void Contents_entries_carry_the_pages_their_headings_land_on()
    {
        var blocks = new List<Block> { new TocBlock("目录", 2, "t.md:1") };
        for (var s = 0; s < 3; s++)
        {
            blocks.Add(new HeadingBlock(1, $"s{s}", [new TextRun($"部分{s}")], $"t.md:{s}"));
            blocks.Add(Para(300));
        }
        var (canvas, result) = Lay(Small, [.. blocks]);
        var tocPage = canvas.Pages[0];
        foreach (var s in Enumerable.Range(0, 3))
        {
            Assert.Contains(tocPage, l => l == $"link #s{s}");
            Assert.Contains(tocPage, l => l.StartsWith("text ") && l.EndsWith(" " + result.AnchorPages[$"s{s}"]));
        }
        Assert.True(result.AnchorPages["s2"] > result.AnchorPages["s1"]);
    }

    [Fact]
    public void Widows_and_orphans_are_avoided_at_page_breaks()
    {
        for (var filler = 1; filler < 14; filler++)
        {
            var blocks = new Block[] { new ParagraphBlock([new TextRun(new string('字', filler * 8))], "t.md:1", FirstLineIndent: false), Para(8 * 6, "t.md:2") };
            var (canvas, _) = Lay(Small, blocks);
            // No page after the first may carry a single line (the widow of the 6-line paragraph).
            var byPage = canvas.Texts.GroupBy(t => t.Page).ToDictionary(g => g.Key, g => g.Select(t => t.Baseline).Distinct().Count());
            Assert.DoesNotContain(byPage, kv => kv.Key > 1 && kv.Value == 1);
        }
    }
}
