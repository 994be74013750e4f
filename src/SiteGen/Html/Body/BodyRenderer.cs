using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// Walks blocks and inlines, handing each node to the small renderer registered for its type (Markdig-style).
/// One instance renders one fragment; it counts paragraphs and tables for their accessible names.
/// </summary>
internal sealed class BodyRenderer
{
    private static readonly IReadOnlyDictionary<Type, INodeRenderer> Renderers = new INodeRenderer[]
    {
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new QuoteRenderer(),
        new CodeBlockRenderer(), new ThematicBreakRenderer(), new TableRenderer(), new FigureRenderer(),
        new TextRenderer(), new StrongRenderer(), new EmphasisRenderer(), new CodeInlineRenderer(),
        new LineBreakRenderer(), new LinkRenderer(), new ImageInlineRenderer(), new FootnoteRefRenderer(),
    }.ToDictionary(r => r.NodeType);

    public BodyRenderer(HtmlLanguage language, HtmlBodyOptions options, bool inNotes = false)
    {
        Language = language;
        Options = options;
        InNotes = inNotes;
    }

    public HtmlBuilder Out { get; } = new();
    public HtmlLanguage Language { get; }
    public HtmlBodyOptions Options { get; }
    public bool InNotes { get; }
    public int ParagraphCount { get; set; }
    public int TableCount { get; set; }

    /// <summary>Markup the next paragraph appends before closing (a note's back-links); consumed once.</summary>
    public Action<BodyRenderer>? ParagraphTrailer { get; set; }

    public void WriteBlocks(ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Write(block);
            Out.Line();
        }
    }

    public void WriteInlines(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            Write(inline);
        }
    }

    public override string ToString() => Out.ToString();

    private void Write(object node)
    {
        if (!Renderers.TryGetValue(node.GetType(), out var renderer))
        {
            throw new InvalidOperationException($"No HTML renderer for {node.GetType().Name}");
        }

        renderer.Write(this, node);
    }
}
