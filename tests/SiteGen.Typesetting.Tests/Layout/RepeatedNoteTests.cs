using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// A note cited on two pages: as a Chinese book sets it, each page that cites it carries the note at its foot, with
/// the same number, and the mark on a page links to the copy on that page. Before, the later page drew a copy whose
/// destination lost to the first page's (one name, first place wins), so its mark led back to the first page; a note
/// cited twice on one page was drawn twice.
/// </summary>
public sealed class RepeatedNoteTests
{
    // Each citation is its own run with the report's id for the note, as the report mapper makes them.
    private static FootnoteRun Cite() => new("1", [new TextRun("甲注的文字。")], "fn-1");

    private static ParagraphBlock Para(string source, params Run[] runs) => new(runs, source);

    /// <summary>Page 1 cites the note twice, a long paragraph fills on, page 2 or later cites it again.</summary>
    private static RecordingCanvas Lay() => SmallPage.Lay(SmallPage.Settings,
        Para("t.md:1", new TextRun("第一段"), Cite(), new TextRun("正文，再引"), Cite(), new TextRun("。")),
        Para("t.md:2", new TextRun(new string('字', 500))),
        Para("t.md:3", new TextRun("第三段"), Cite(), new TextRun("。")));

    private static int PageOf(RecordingCanvas canvas, string text) =>
        canvas.Texts.First(t => t.Text == text).Page;

    [Fact]
    public void Every_page_citing_a_note_carries_it_once_and_each_mark_links_to_the_copy_on_its_own_page()
    {
        var canvas = Lay();
        var last = PageOf(canvas, "三");
        Assert.True(last > 1, "the third paragraph should stand on a later page");
        var notePages = canvas.Texts.Where(t => t.Text == "甲" && t.Size == SmallPage.Settings.FootnotePoints).Select(t => t.Page).ToList();
        Assert.Equal([1, last], notePages); // once on page 1 though cited twice there, and again on the later page

        // The Note elements: one per copy, each with its own identifier, the first the report's.
        var noteIds = canvas.Pages.SelectMany((log, i) => log.Where(l => l.StartsWith("<Note #", StringComparison.Ordinal)).Select(l => (Page: i + 1, Id: l[7..^1]))).ToList();
        Assert.Equal([1, last], noteIds.Select(n => n.Page));
        Assert.Equal("fn-1", noteIds[0].Id);
        Assert.Equal(noteIds.Count, noteIds.Select(n => n.Id).Distinct().Count());

        // Every mark's link names a destination set on the page the mark stands on, at that page's note.
        for (var page = 1; page <= canvas.Pages.Count; page++)
        {
            var targets = canvas.Pages[page - 1].Where(l => l.StartsWith("link #", StringComparison.Ordinal)).Select(l => l[6..]).ToList();
            if (page == 1) Assert.Equal(2, targets.Count);
            if (page == last) Assert.Single(targets);
            foreach (var target in targets)
            {
                var dest = Assert.Single(canvas.Destinations, d => d.Name == target);
                Assert.Equal(page, dest.Page);
                Assert.Contains(noteIds, n => n.Page == page && n.Id == target);
            }
        }
        Assert.Equal(canvas.Destinations.Count, canvas.Destinations.Select(d => d.Name).Distinct().Count());
    }
}
