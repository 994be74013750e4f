using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Layout;

/// <summary>Every footnote label a document cites, wherever the citing text stands (body, lists, quotes, tables, captions).</summary>
internal static class FootnoteLabels
{
    public static IEnumerable<string> Of(IEnumerable<Block> blocks) => blocks.SelectMany(RunsOf).OfType<FootnoteRun>().Select(n => n.Label);

    private static IEnumerable<Run> RunsOf(Block block) => block switch
    {
        HeadingBlock h => h.Runs,
        ParagraphBlock p => p.Runs,
        ListBlock l => l.Items.SelectMany(item => item.SelectMany(RunsOf)),
        QuoteBlock q => q.Blocks.SelectMany(RunsOf),
        TableBlock t => t.HeaderRows.Concat(t.BodyRows).SelectMany(row => row.SelectMany(cell => cell)).Concat(t.Caption ?? []),
        FigureBlock f => f.Caption,
        _ => [],
    };
}
