namespace SiteGen.Typesetting.Layout;

/// <summary>
/// Cuts the flow into pages. Pure planning: the same flow always gives the same plan, and drawing only
/// replays it. A slice that does not fit moves, with everything it keeps with, to the next page.
/// </summary>
internal sealed class Paginator(LayoutContext context)
{
    private const double NoteSeparator = 10;

    public List<PagePlan> Plan(IReadOnlyList<FlowItem> items)
    {
        var pages = new List<PagePlan>();
        var page = new PagePlan(1);
        double y = 0;
        var i = 0;
        var safety = 0;
        while (i < items.Count)
        {
            if (++safety > items.Count * 20) throw new InvalidOperationException("Pagination does not progress.");
            var item = items[i];
            if (item is PageBreakItem br)
            {
                if (page.HasSlices) NewPage(ref page, ref y, pages);
                if (br.ToRightPage && page.Number % 2 == 0 && !page.HasSlices)
                {
                    NewPage(ref page, ref y, pages);
                }
                page.AfterPartBreak |= br.OpensPart;
                i++;
                continue;
            }
            if (item is not Slice slice)
            {
                page.Items.Add((item, y));
                i++;
                continue;
            }
            var before = page.HasSlices ? slice.SpaceBefore : 0;
            var newNotes = slice.Notes.Where(n => !page.Notes.Contains(n)).ToList();
            var noteHeight = NotesHeight(page.Notes.Concat(newNotes));
            var header = !page.HasSlices && slice.RepeatHeader is not null && !slice.KeepWithPrevious ? slice.RepeatHeader.Sum(h => h.Height) : 0;
            if (y + before + header + slice.Height + noteHeight <= context.TextHeight + 0.01 || !page.HasSlices)
            {
                if (!page.HasSlices && header > 0)
                    foreach (var h in slice.RepeatHeader!) { page.Items.Add((h, y)); y += h.Height; }
                page.Items.Add((item, y + before));
                y += before + slice.Height;
                page.Notes.AddRange(newNotes);
                if (slice is CoverSlice) page.IsCover = true;
                i++;
                continue;
            }
            // Move back to the last place a break is allowed, keeping what must stay together.
            var cut = BreakIndex(page, items, i);
            if (cut < i)
            {
                var first = page.Items.FindIndex(p => ReferenceEquals(p.Item, items[cut]));
                page.Items.RemoveRange(first, page.Items.Count - first);
                RecomputeNotes(page);
                i = cut;
            }
            NewPage(ref page, ref y, pages);
        }
        if (page.Items.Count > 0 || pages.Count == 0) pages.Add(page);
        AssignSections(pages);
        return pages;
    }

    /// <summary>The flow index where the next page should start so no keep is broken; <paramref name="next"/> if none.</summary>
    private static int BreakIndex(PagePlan page, IReadOnlyList<FlowItem> items, int next)
    {
        var placed = page.Items.Select(p => p.Item).ToList();
        var candidate = next;
        var k = next;
        var guard = items[next] as Slice;
        while (guard is not null && guard.KeepWithPrevious)
        {
            // step back to the previous slice on this page
            k--;
            while (k >= 0 && items[k] is not Slice) k--;
            if (k < 0 || !placed.Contains(items[k])) return next;
            if (placed.OfType<Slice>().FirstOrDefault() == items[k]) return next; // would empty the page
            candidate = k;
            guard = (Slice)items[k];
        }
        // Take the tags and anchors just before the moved slice along with it.
        while (candidate > 0 && items[candidate - 1] is TagItem { Tag: not null } or AnchorItem && placed.Contains(items[candidate - 1])) candidate--;
        return candidate;
    }

    private static void RecomputeNotes(PagePlan page)
    {
        page.Notes.Clear();
        foreach (var s in page.Items.Select(p => p.Item).OfType<Slice>())
            foreach (var n in s.Notes)
                if (!page.Notes.Contains(n)) page.Notes.Add(n);
    }

    /// <summary>Each page's running-head section: the first level-1 section starting on it, else the one in force.</summary>
    private static void AssignSections(List<PagePlan> pages)
    {
        string? current = null;
        foreach (var page in pages)
        {
            var starts = page.Items.Select(p => p.Item).OfType<Slice>().Where(s => s.Section is not null).Select(s => s.Section).ToList();
            page.StartsSection = starts.Count > 0;
            page.Section = starts.Count > 0 ? starts[0] : current;
            if (starts.Count > 0) current = starts[^1];
        }
    }

    private static double NotesHeight(IEnumerable<NoteLayout> notes)
    {
        var list = notes.ToList();
        return list.Count == 0 ? 0 : NoteSeparator + list.Sum(n => n.Height);
    }

    private static void NewPage(ref PagePlan page, ref double y, List<PagePlan> pages)
    {
        pages.Add(page);
        page = new PagePlan(page.Number + 1);
        y = 0;
    }

    public static double NoteAreaTop(PagePlan page, double textHeight) => textHeight - NotesHeight(page.Notes) + NoteSeparator;
}
