using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Html.Search;

/// <summary>One citable piece of a report as search sees it: the anchor a result links to, the section it sits in,
/// and its plain text.</summary>
internal sealed record SearchEntry(string Id, int Section, string Text);

/// <summary>
/// Cuts a report into the units a search result points at: every heading, paragraph (in lists and quotes too),
/// figure and table with an id, and every footnote. Each unit knows its section (the nearest heading before it),
/// so a result can say where it is without loading the page.
/// </summary>
internal static class SearchEntries
{
    public static (ImmutableArray<string> Sections, ImmutableArray<SearchEntry> Entries) Of(Report report, string notesLabel)
    {
        var sections = new List<string> { report.Metadata.Title };
        var entries = new List<SearchEntry>();
        foreach (var block in ReportWalker.Flatten(report.Blocks))
        {
            if (block is HeadingBlock heading)
            {
                sections.Add(InlineText.Of(heading.Content));
                Add(entries, heading.Id, sections.Count - 1, sections[^1]);
                continue;
            }

            var (id, text) = block switch
            {
                ParagraphBlock p => (p.Id, InlineText.Of(p.Content)),
                FigureBlock f => (f.Id, Join(f.Image?.Alt, InlineText.Of(f.Caption), f.Credit)),
                TableBlock t => (t.Id, TableText(t)),
                _ => (null, string.Empty),
            };
            Add(entries, id, sections.Count - 1, text);
        }

        if (!report.Footnotes.IsEmpty)
        {
            sections.Add(notesLabel);
            foreach (var note in report.Footnotes)
            {
                var text = string.Join(' ', ReportWalker.Flatten(note.Blocks).Select(BlockText).Where(t => t.Length > 0));
                Add(entries, note.Id, sections.Count - 1, text);
            }
        }

        return ([.. sections], [.. entries]);
    }

    private static void Add(List<SearchEntry> entries, string? id, int section, string text)
    {
        if (!string.IsNullOrEmpty(id) && !string.IsNullOrWhiteSpace(text))
        {
            entries.Add(new SearchEntry(id, section, text));
        }
    }

    private static string BlockText(Block block) => block switch
    {
        ParagraphBlock p => InlineText.Of(p.Content),
        CodeBlock c => c.Text,
        TableBlock t => TableText(t),
        FigureBlock f => Join(f.Image?.Alt, InlineText.Of(f.Caption), f.Credit),
        _ => string.Empty,
    };

    private static string TableText(TableBlock table) =>
        string.Join(' ', table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).Select(c => InlineText.Of(c.Content)));

    private static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
