namespace SiteGen.Model;

/// <summary>Every image a report shows (figures and images in running text, notes included), in document order.</summary>
public static class ImageUses
{
    public static IEnumerable<ImageUse> Of(Report report)
    {
        foreach (var block in ReportWalker.Blocks(report))
        {
            if (block is FigureBlock { Image: { } image })
            {
                yield return new ImageUse(image, true);
            }

            foreach (var inline in ReportInlines.Of(block).OfType<ImageInline>())
            {
                yield return new ImageUse(inline.Image, false);
            }
        }
    }
}

/// <summary>An image shown by a report, in a figure or in running text. A class, not a value tuple: generic code (LINQ, collections, serialisers) over a struct is an instantiation
/// ReadyToRun cannot precompile, so every build JIT-compiled it.</summary>
public sealed record ImageUse(ImageRef Image, bool InFigure);

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
