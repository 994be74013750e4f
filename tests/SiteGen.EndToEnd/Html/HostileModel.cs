using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// Rewrites the parsed reports and site settings as an attacker would wish ingestion had let through: every
/// piece of text and metadata carries markup, every link and image points at script. Ingestion refuses such
/// Markdown, so this step stands in for a hole in it and lets the tests prove the renderers hold on their own.
/// </summary>
internal sealed class PoisonReports : IBuildStep
{
    /// <summary>Markup in text: a script element, an event handler, an attribute break-out and an entity.</summary>
    public const string Text = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' onmouseover=alert(3) &amp;";

    /// <summary>Script URLs as browsers still run them: plain, mixed case with a tab and a leading space, other schemes.</summary>
    public static readonly string[] ScriptUrls =
        ["javascript:alert(4)", " JaVa\tScRiPt:alert(5)", "vbscript:msgbox(6)", "data:text/html,<script>alert(7)</script>"];

    public string Name => nameof(PoisonReports);

    public BuildState Run(BuildState state, BuildContext context) => state with
    {
        Site = state.Site with { Title = state.Site.Title + Text, Description = Text, Publisher = Text },
        Reports = [.. state.Reports.Select(Poison)],
    };

    private static Report Poison(Report report) => report with
    {
        Metadata = report.Metadata with
        {
            Title = report.Metadata.Title + Text,
            Subtitle = Text,
            Kicker = Text,
            Organization = Text,
            Author = Text,
            Byline = Text,
            Description = Text,
            Keywords = [Text],
        },
        Blocks = Blocks(report.Blocks),
        Footnotes = [.. report.Footnotes.Select(f => f with { Blocks = Blocks(f.Blocks) })],
    };

    private static ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => [.. blocks.Select(Block)];

    private static Block Block(Block block) => block switch
    {
        HeadingBlock h => h with { Content = Inlines(h.Content) },
        ParagraphBlock p => p with { Content = [.. Inlines(p.Content), .. ScriptUrls.Select(u => new LinkInline(u, Text, [new TextInline(Text)]))] },
        ListBlock l => l with { Items = [.. l.Items.Select(i => i with { Blocks = Blocks(i.Blocks) })] },
        QuoteBlock q => q with { Blocks = Blocks(q.Blocks) },
        CodeBlock c => c with { Text = c.Text + Text, Language = Text },
        TableBlock t => t with { HeaderRows = Rows(t.HeaderRows), BodyRows = Rows(t.BodyRows) },
        FigureBlock f => f with { Image = Image(f.Image), Caption = Inlines(f.Caption), Credit = Text },
        _ => block,
    };

    private static ImmutableArray<TableRow> Rows(ImmutableArray<TableRow> rows) =>
        [.. rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Content = Inlines(c.Content) })] })];

    private static ImageRef? Image(ImageRef? image) => image is null ? null : image with { Alt = Text, Title = Text };

    private static ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => [.. inlines.Select(Inline)];

    private static Inline Inline(Inline inline) => inline switch
    {
        TextInline t => t with { Text = t.Text + Text },
        CodeInline c => c with { Text = c.Text + Text },
        StrongInline s => s with { Children = Inlines(s.Children) },
        EmphasisInline e => e with { Children = Inlines(e.Children) },
        LinkInline l => l with { Href = l.IsInternalAnchor ? l.Href : ScriptUrls[0], Title = Text, Children = Inlines(l.Children) },
        ImageInline i => i with { Image = Image(i.Image)! },
        _ => inline,
    };
}
