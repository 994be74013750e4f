using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Pdf;

/// <summary>
/// Places every page of a laid-out edition in the report's reading order, from where the typesetter landed each
/// block's anchor (headings, paragraphs, tables, figures). A page's break goes before the first block that
/// starts on it, so the last break before any block names the page that block starts on: what a reader cites.
/// A page that only continues a long block gets its break there too, beside the next page's (to the block, a
/// page's start inside a paragraph is not placed). Pages before the first block (cover, contents) go before the
/// title; pages after the last block's start go after the body. Labels only rise along the reading order.
/// </summary>
public static class PrintPageBreaks
{
    public static IReadOnlyList<PageBreak> Of(Report report, IReadOnlyDictionary<string, int> anchorPages, int pageCount)
    {
        var breaks = new List<PageBreak>(pageCount);
        var next = 1;
        var first = true;
        foreach (var (id, page) in AnchoredBlocks(report, anchorPages))
        {
            if (first)
            {
                for (; next < page; next++)
                {
                    breaks.Add(new PageBreak(Label(next), PageBreakPlace.BeforeTitle));
                }

                first = false;
            }

            for (; next <= Math.Min(page, pageCount); next++)
            {
                breaks.Add(new PageBreak(Label(next), PageBreakPlace.BeforeBlock, id));
            }
        }

        for (; next <= pageCount; next++)
        {
            breaks.Add(new PageBreak(Label(next), first ? PageBreakPlace.BeforeTitle : PageBreakPlace.AfterBody));
        }

        return breaks;
    }

    /// <summary>The body's blocks that carry an id, in reading order (notes are not in the body's flow).</summary>
    private static IEnumerable<(string Id, int Page)> AnchoredBlocks(Report report, IReadOnlyDictionary<string, int> anchorPages)
    {
        foreach (var block in ReportWalker.Flatten(report.Blocks))
        {
            var id = block switch
            {
                HeadingBlock h => h.Id,
                ParagraphBlock p => p.Id,
                TableBlock t => t.Id,
                FigureBlock f => f.Id,
                _ => null,
            };
            if (id is not null && anchorPages.TryGetValue(id, out var page))
            {
                yield return (id, page);
            }
        }
    }

    private static string Label(int page) => page.ToString(CultureInfo.InvariantCulture);
}
