using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>Rules 13 and 18-20 of docs/typography.md with the recording canvas and fixed widths.</summary>
public sealed class PageFurnitureTests
{
    private static readonly EditionSettings Screen = new()
    {
        PageWidthMm = 120, PageHeightMm = 160, MarginInnerMm = 12, MarginOuterMm = 12, MarginTopMm = 16, MarginBottomMm = 14,
        BodySize = 10, Leading = 1.5, FootnoteSize = 7, Level1Start = SectionStart.Continue,
    };

    private static readonly DocumentInfo Info = new("报告标题", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    private static RecordingCanvas Lay(EditionSettings settings, params Block[] blocks)
    {
        var canvas = new RecordingCanvas();
        Typesetter.Layout(new TypesetDocument(Info, blocks), settings, canvas, new FixedWidthMeasurer());
        return canvas;
    }

    private static ParagraphBlock Para(int chars) => new([new TextRun(new string('字', chars - 1) + "。")], "t.md:1");
    private static HeadingBlock Heading(int level, string title) => new(level, title, [new TextRun(title)], "t.md:2");

    private static List<Block> Report(int partParagraphs)
    {
        var blocks = new List<Block> { new CoverBlock("K", "报告标题", null, "O", "2021年", "t.md:1"), new TocBlock("目录", 2, "t.md:1"), Para(60) };
        foreach (var part in new[] { "第一部分", "第二部分" })
        {
            blocks.Add(Heading(1, part));
            for (var i = 0; i < partParagraphs; i++) blocks.Add(Para(200));
        }
        return blocks;
    }

    [Fact]
    public void The_running_head_stays_on_a_page_where_a_part_starts_mid_page_but_not_on_a_part_opener()
    {
        var screen = Lay(Screen, [.. Report(3)]);
        static bool HasHead(IReadOnlyList<string> log) => log.Any(l => l.EndsWith(" 7 报", StringComparison.Ordinal));
        var pagesWithHeads = Enumerable.Range(1, screen.Pages.Count).Where(p => HasHead(screen.Pages[p - 1])).ToList();
        var secondPart = screen.Texts.First(t => t.Text == "二" && t.Size == 20).Page;
        Assert.Contains(secondPart, pagesWithHeads); // mid-page in the screen edition: not an opener
        Assert.DoesNotContain(1, pagesWithHeads); // the cover

        var print = Lay(Screen with { Level1Start = SectionStart.RightPage, Mirrored = true }, [.. Report(3)]);
        var opener = print.Texts.First(t => t.Text == "二" && t.Size == 20).Page;
        Assert.Equal(1, opener % 2);
        Assert.False(HasHead(print.Pages[opener - 1]), "a part opener has a running head");
        Assert.True(HasHead(print.Pages[opener - 2]) || HasHead(print.Pages[opener - 3]), "the part before has no running head");
    }

    [Fact]
    public void Every_body_page_of_an_edition_whose_parts_run_on_has_the_running_head_the_first_too()
    {
        // The first body page follows the contents' forced break and a part starts on it, but in a `continue`
        // edition no page is a part opener (docs/typography.md rule 18); only the cover and the contents page lack it.
        static bool HasHead(IReadOnlyList<string> log) => log.Any(l => l.EndsWith(" 7 报", StringComparison.Ordinal));
        foreach (var lead in new[] { true, false })
        {
            var blocks = Report(3);
            if (!lead) blocks.RemoveAt(2); // the first part's heading opens the first body page
            var screen = Lay(Screen, [.. blocks]);
            var firstBody = screen.Texts.First(t => t.Text == "一" && t.Size == 20).Page;
            var contents = screen.Pages.Select((log, i) => (log, i)).First(p => p.log.Any(l => l.EndsWith(" 目", StringComparison.Ordinal))).i + 1;
            Assert.Equal(contents + 1, firstBody);
            for (var page = firstBody; page <= screen.Pages.Count; page++)
                Assert.True(HasHead(screen.Pages[page - 1]), $"body page {page} has no running head (lead: {lead})");
        }
    }

    [Fact]
    public void A_short_lead_shares_the_first_parts_right_hand_page_instead_of_standing_alone()
    {
        var print = Lay(Screen with { Level1Start = SectionStart.RightPage, Mirrored = true }, [.. Report(2)]);
        var lead = print.Texts.First(t => t.Text == "字").Page;
        var part = print.Texts.First(t => t.Text == "一" && t.Size == 20).Page;
        Assert.Equal(part, lead);
        Assert.Equal(1, part % 2);
    }

    [Fact]
    public void Contents_entries_have_leader_dots_between_title_and_page_number()
    {
        var canvas = Lay(Screen, [.. Report(3)]);
        var toc = canvas.Pages.First(p => p.Any(l => l.EndsWith(" 目")));
        var dots = toc.Count(l => l.StartsWith("dot ", StringComparison.Ordinal));
        Assert.True(dots >= 2 * 10, $"only {dots} leader dots on the contents page");
    }

    [Fact]
    public void A_heading_sits_closer_to_its_text_than_to_what_precedes_and_consecutive_headings_collapse()
    {
        var canvas = Lay(Screen with { RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None },
            Para(30), Heading(2, "标题乙"), Para(30), Heading(2, "标题丙"), Heading(3, "标题丁"), Para(30));
        var body = canvas.Texts.Where(t => t.Text == "字").Select(t => t.Baseline).Distinct().Order().ToList();
        var lead = body[0];
        var yi = canvas.Texts.Where(t => t.Text == "乙").Single().Baseline;
        var bing = canvas.Texts.Where(t => t.Text == "丙").Single().Baseline;
        var ding = canvas.Texts.Where(t => t.Text == "丁").Single().Baseline;
        var afterYi = body.First(b => b > yi);
        Assert.True(yi - lead > afterYi - yi, $"above {yi - lead:0.#}, below {afterYi - yi:0.#}");
        // Between two headings only the larger space counts, not both.
        var beforeBing = bing - body.Last(b => b < bing);
        var headingGap = ding - bing;
        Assert.True(headingGap < beforeBing, $"heading to heading {headingGap:0.#} vs text to heading {beforeBing:0.#}");
    }

    [Fact]
    public void Large_print_sets_every_text_element_at_least_at_body_size()
    {
        var large = Screen with { BodySize = 18, FootnoteSize = 18, RunningHeadSize = 18, FolioSize = 18, CaptionSize = 18, TableSize = 18, PageWidthMm = 210, PageHeightMm = 297 };
        var blocks = Report(2);
        blocks.Add(new ParagraphBlock([new TextRun("引用"), new FootnoteRun("1", [new TextRun("注文")]), new TextRun("正文。")], "t.md:9"));
        blocks.Add(new TableBlock([[[new TextRun("表头")]]], [[[new TextRun("表格")]]], [CellAlignment.Start], "t.md:10"));
        blocks.Add(new FigureBlock(null, null, "替代", [new TextRun("图注文字")], "出处", "t.md:11"));
        var canvas = Lay(large, [.. blocks]);
        var sizes = canvas.Pages.SelectMany(p => p).Where(l => l.StartsWith("text ", StringComparison.Ordinal))
            .Select(l => (Line: l, Size: double.Parse(l.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        // The note's reference mark is a superscript, not a text element; everything else reads at body size.
        var small = sizes.Where(s => s.Size < 18 && !s.Line.EndsWith(" 1")).ToList();
        Assert.True(small.Count == 0, string.Join("\n", small.Take(5).Select(s => s.Line)));
        Assert.Contains(sizes, s => s.Line.EndsWith(" 注") && s.Size >= 18);
        Assert.Contains(sizes, s => s.Line.EndsWith(" 表") && s.Size >= 18);
        Assert.Contains(sizes, s => s.Line.EndsWith(" 图") && s.Size >= 18);
    }

    [Fact]
    public void The_measure_is_a_whole_number_of_body_ems()
    {
        var canvas = Lay(Screen with { RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None }, Para(300));
        var xs = canvas.Texts.Where(t => t.Text == "字").GroupBy(t => t.Baseline).Skip(1).First().Select(t => t.X).ToList();
        Assert.Equal((120 - 24) * 72 / 25.4 / 10 - ((120 - 24) * 72 / 25.4 / 10 % 1), xs.Count + 0.0, 6);
        Assert.All(xs.Zip(xs.Skip(1)), p => Assert.Equal(10, p.Second - p.First, 6));
    }
}
