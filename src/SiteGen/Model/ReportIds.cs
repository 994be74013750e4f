namespace SiteGen.Model;

/// <summary>Every anchor id a report defines: headings, paragraphs, figures, tables, footnotes and their references.</summary>
public static class ReportIds
{
    public static HashSet<string> Of(Report report)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in ReportWalker.Blocks(report))
        {
            var id = block switch
            {
                HeadingBlock h => h.Id,
                ParagraphBlock p => p.Id,
                FigureBlock f => f.Id,
                TableBlock t => t.Id,
                _ => null,
            };
            if (id is not null)
            {
                ids.Add(id);
            }
        }

        foreach (var note in report.Footnotes)
        {
            ids.Add(note.Id);
            ids.UnionWith(note.RefIds);
        }

        return ids;
    }
}
