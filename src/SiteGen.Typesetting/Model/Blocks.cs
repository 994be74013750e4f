namespace SiteGen.Typesetting.Model;

/// <summary>A unit of the flow. <paramref name="Source"/> is where it came from (file:line), for diagnostics.</summary>
public abstract record Block(string Source);

/// <summary>The cover. <paramref name="Byline"/> (e.g. 记者 任雷) is set under the title when present.</summary>
public sealed record CoverBlock(string Kicker, string Title, string? Subtitle, string Organization, string DateText, string Source, string? Byline = null)
    : Block(Source);

/// <summary>Contents page; entries come from the document's headings up to <paramref name="MaxLevel"/>.</summary>
public sealed record TocBlock(string Title, int MaxLevel, string Source) : Block(Source);

/// <summary>
/// A heading. <paramref name="Level"/> is its depth in the body (1 = top section: page breaks, sizes, outline,
/// contents); <paramref name="TagLevel"/> is the H1–H6 tag the document's reader sees, given when the title
/// counts as H1 (SiteGen's reports: the cover title is H1, so a top section is H2, as on the web page).
/// </summary>
public sealed record HeadingBlock(int Level, string AnchorId, IReadOnlyList<Run> Runs, string Source, int? TagLevel = null) : Block(Source);

/// <summary>
/// A paragraph. <paramref name="IndentEm"/> is its first line's indent in em of its text when <paramref name="FirstLineIndent"/>;
/// null takes the edition's <c>indent-em</c>. The caller decides both from the report's language (docs/typography.md rule 10).
/// </summary>
public sealed record ParagraphBlock(IReadOnlyList<Run> Runs, string Source, string? AnchorId = null, bool FirstLineIndent = true, double? IndentEm = null)
    : Block(Source);

public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<Block>> Items, string Source) : Block(Source);

public sealed record QuoteBlock(IReadOnlyList<Block> Blocks, string Source) : Block(Source);

/// <summary>Preformatted text (a Markdown code block): its lines and their leading spaces are kept, never justified or joined.</summary>
public sealed record PreformattedBlock(string Text, string Source) : Block(Source);

public enum CellAlignment { Start, Center, End }

/// <summary>
/// A table. <paramref name="Caption"/> is set above it (tagged Caption) when given; <paramref name="RowHeaders"/>:
/// the first cell of each body row heads its row (TH with Scope Row).
/// </summary>
public sealed record TableBlock(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Run>>> HeaderRows,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Run>>> BodyRows,
    IReadOnlyList<CellAlignment> Alignments,
    string Source,
    string? AnchorId = null,
    IReadOnlyList<Run>? Caption = null,
    bool RowHeaders = false) : Block(Source);

/// <summary>A figure; without image bytes, path or drawing it is a caption alone. A decorative image is an artifact, not a Figure.</summary>
public sealed record FigureBlock(
    string? ImagePath,
    byte[]? ImageBytes,
    string AltText,
    IReadOnlyList<Run> Caption,
    string? Credit,
    string Source,
    string? AnchorId = null,
    bool Decorative = false) : Block(Source)
{
    /// <summary>A vector drawing (from an SVG) set instead of a raster image.</summary>
    public VectorDrawing? Drawing { get; init; }
}

public sealed record ThematicBreakBlock(string Source) : Block(Source);
