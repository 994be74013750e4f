namespace SiteGen.Model;

/// <summary>Every image a report shows (figures and images in running text, notes included), in document order.</summary>
public static class ImageUses
{
    public static IEnumerable<(ImageRef Image, bool InFigure)> Of(Report report)
    {
        foreach (var block in ReportWalker.Blocks(report))
        {
            if (block is FigureBlock { Image: { } image })
            {
                yield return (image, true);
            }

            foreach (var inline in ReportInlines.Of(block).OfType<ImageInline>())
            {
                yield return (inline.Image, false);
            }
        }
    }
}

/// <summary>The inline content a block holds directly, nested inlines included.</summary>
public static class ReportInlines
{
    public static IEnumerable<Inline> Of(Block block)
    {
        var top = block switch
        {
            HeadingBlock h => h.Content,
            ParagraphBlock p => p.Content,
            FigureBlock f => f.Caption,
            TableBlock t => [.. t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content)],
            _ => [],
        };
        return Flatten(top);
    }

    private static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                StrongInline s => s.Children,
                EmphasisInline e => e.Children,
                LinkInline l => l.Children,
                _ => [],
            };
            foreach (var nested in Flatten(children))
            {
                yield return nested;
            }
        }
    }
}
