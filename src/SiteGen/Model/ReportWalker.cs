using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Visits every block of a report, nested ones and footnotes included, in document order.</summary>
public static class ReportWalker
{
    public static IEnumerable<Block> Blocks(Report report) =>
        Flatten(report.Blocks).Concat(report.Footnotes.SelectMany(n => Flatten(n.Blocks)));

    public static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                ListBlock list => list.Items.SelectMany(i => i.Blocks),
                QuoteBlock quote => quote.Blocks,
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}

/// <summary>Every link in a report with the location of the block that holds it.</summary>
public static class ReportLinks
{
    public static IEnumerable<(LinkInline Link, SourceLocation Location)> Of(Report report)
    {
        foreach (var block in ReportWalker.Blocks(report))
        {
            var inlines = block switch
            {
                HeadingBlock h => h.Content,
                ParagraphBlock p => p.Content,
                FigureBlock f => f.Caption,
                TableBlock t => [.. t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content)],
                _ => [],
            };
            foreach (var link in Links(inlines))
            {
                yield return (link, block.Location);
            }
        }
    }

    private static IEnumerable<LinkInline> Links(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is LinkInline link)
            {
                yield return link;
            }

            var children = inline switch
            {
                StrongInline s => s.Children,
                EmphasisInline e => e.Children,
                LinkInline l => l.Children,
                _ => [],
            };
            foreach (var nested in Links(children))
            {
                yield return nested;
            }
        }
    }
}
