using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>The table of contents as nested ordered lists of links, following the rendered heading levels.</summary>
internal static class TocRenderer
{
    public static ImmutableArray<TocEntry> Entries(Report report) =>
        report.Headings.Select(h => new TocEntry(h.Level, h.Id, InlineText.Of(h.Content))).ToImmutableArray();

    public static string Write(ImmutableArray<TocEntry> entries)
    {
        if (entries.IsEmpty)
        {
            return string.Empty;
        }

        var output = new HtmlBuilder();
        var depth = 0;
        var level = entries[0].Level - 1;
        foreach (var entry in entries)
        {
            if (entry.Level > level)
            {
                // Levels never skip (ingestion closes gaps), except the first entry may be deeper than 2.
                for (; level < entry.Level; level++)
                {
                    output.Start("ol");
                    if (level + 1 < entry.Level)
                    {
                        output.Start("li");
                    }

                    depth++;
                }
            }
            else
            {
                output.End("li");
                for (; level > entry.Level; level--)
                {
                    output.End("ol").End("li");
                    depth--;
                }
            }

            output.Start("li").Start("a", ("href", "#" + entry.Id)).Text(entry.Text).End("a");
        }

        output.End("li");
        for (; depth > 1; depth--)
        {
            output.End("ol").End("li");
        }

        output.End("ol");
        return output.ToString();
    }
}
