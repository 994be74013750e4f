using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>A copy of a report with every link passed through a function, wherever it stands (nested blocks, tables, captions, notes).</summary>
public static class LinkRewriter
{
    public static Report Map(Report report, Func<LinkInline, LinkInline> map) => report with
    {
        Blocks = Blocks(report.Blocks, map),
        Footnotes = [.. report.Footnotes.Select(n => n with { Blocks = Blocks(n.Blocks, map) })],
    };

    private static ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks, Func<LinkInline, LinkInline> map) =>
        [.. blocks.Select(b => Block(b, map))];

    private static Block Block(Block block, Func<LinkInline, LinkInline> map) => block switch
    {
        HeadingBlock h => h with { Content = Inlines(h.Content, map) },
        ParagraphBlock p => p with { Content = Inlines(p.Content, map) },
        FigureBlock f => f with { Caption = Inlines(f.Caption, map) },
        TableBlock t => t with { HeaderRows = Rows(t.HeaderRows, map), BodyRows = Rows(t.BodyRows, map) },
        ListBlock l => l with { Items = [.. l.Items.Select(i => i with { Blocks = Blocks(i.Blocks, map) })] },
        QuoteBlock q => q with { Blocks = Blocks(q.Blocks, map) },
        _ => block,
    };

    private static ImmutableArray<TableRow> Rows(ImmutableArray<TableRow> rows, Func<LinkInline, LinkInline> map) =>
        [.. rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Content = Inlines(c.Content, map) })] })];

    private static ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines, Func<LinkInline, LinkInline> map) =>
        [.. inlines.Select(i => Inline(i, map))];

    private static Inline Inline(Inline inline, Func<LinkInline, LinkInline> map) => inline switch
    {
        LinkInline l => map(l with { Children = Inlines(l.Children, map) }),
        StrongInline s => s with { Children = Inlines(s.Children, map) },
        EmphasisInline e => e with { Children = Inlines(e.Children, map) },
        _ => inline,
    };
}
