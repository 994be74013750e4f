using System.Globalization;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// Names each copy of a note. A note cited on several pages is set at the foot of each, same number and text, as a
/// Chinese book does, so the reader never turns back to find it; each copy is its own destination and Note element,
/// and the mark on a page leads to the copy on that page (<see cref="PageNoteLinks"/>). The first copy keeps the
/// note's own anchor, which links from elsewhere in the report name; a later one adds its page number.
/// </summary>
internal static class NoteCopies
{
    public static void Name(IReadOnlyList<PagePlan> plan)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in plan)
        {
            foreach (var anchor in page.Items.Select(i => i.Item).OfType<AnchorItem>()) used.Add(anchor.Id);
            foreach (var note in page.Notes) used.Add(NoteLayout.AnchorOf(note.Note));
        }
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in plan)
        {
            foreach (var note in page.Notes)
            {
                var anchor = NoteLayout.AnchorOf(note.Note);
                if (set.Add(anchor))
                {
                    page.NoteIds[anchor] = anchor;
                    continue;
                }
                var id = string.Create(CultureInfo.InvariantCulture, $"{anchor}-p{page.Number}");
                for (var n = 2; !used.Add(id); n++) id = string.Create(CultureInfo.InvariantCulture, $"{anchor}-p{page.Number}-{n}");
                page.NoteIds[anchor] = id;
            }
        }
    }
}
