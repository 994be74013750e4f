using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A block of a report's body. Every block knows where in the source it came from.</summary>
public abstract record Block(SourceLocation Location);

/// <summary>A heading; <see cref="Id"/> is unique within the report and stable across builds.</summary>
public sealed record HeadingBlock(int Level, string Id, ImmutableArray<Inline> Content, SourceLocation Location)
    : Block(Location);

/// <summary>A paragraph; <see cref="Id"/> lets a reader cite it (e.g. "sec-id-p3").</summary>
public sealed record ParagraphBlock(string Id, ImmutableArray<Inline> Content, SourceLocation Location)
    : Block(Location);

public sealed record ListBlock(bool Ordered, int Start, ImmutableArray<ListItem> Items, SourceLocation Location)
    : Block(Location);

public sealed record ListItem(ImmutableArray<Block> Blocks);

public sealed record QuoteBlock(ImmutableArray<Block> Blocks, SourceLocation Location) : Block(Location);

public sealed record CodeBlock(string Text, string? Language, SourceLocation Location) : Block(Location);

public sealed record ThematicBreakBlock(SourceLocation Location) : Block(Location);

public enum CellAlignment
{
    None,
    Left,
    Center,
    Right,
}

/// <summary>What a table cell is to a reader: data, the header of its column, or the header of its row.</summary>
public enum CellRole
{
    Data,
    ColumnHeader,
    RowHeader,
}

/// <summary>A cell; <see cref="Role"/> is decided in ingestion (an empty header cell is data, not an empty header).</summary>
public sealed record TableCell(ImmutableArray<Inline> Content, CellAlignment Alignment)
{
    public CellRole Role { get; init; }
}

public sealed record TableRow(ImmutableArray<TableCell> Cells);

/// <summary>
/// A table. <see cref="Caption"/> names it (from a <c>Table: …</c> line right after it, or the lead-in paragraph
/// before it that ends in a colon); <see cref="RowHeaders"/> says the first column labels the rows, so every
/// format marks those cells as row headers (th scope="row", PDF TH with Scope Row). Both are decided in ingestion.
/// </summary>
public sealed record TableBlock(
    string Id,
    ImmutableArray<TableRow> HeaderRows,
    ImmutableArray<TableRow> BodyRows,
    SourceLocation Location) : Block(Location)
{
    public ImmutableArray<Inline> Caption { get; init; } = [];

    /// <summary>True when the caption is text of its own (the <c>Table:</c> line) that every format shows; false when
    /// it repeats the lead-in paragraph the reader has just seen, so it only names the table for assistive technology.</summary>
    public bool CaptionShown { get; init; }

    public bool RowHeaders { get; init; }
}

/// <summary>An image with its alt text; <see cref="Source"/> is as written, relative to the report file.</summary>
public sealed record ImageRef(string Source, string Alt, string? Title)
{
    /// <summary>The image's path relative to the input folder, forward slashes; set when the file exists.</summary>
    public string? InputPath { get; init; }

    /// <summary>Pixel size from the file's header, so pages reserve the room before the image loads; null when unknown.</summary>
    public PixelSize? Size { get; init; }

    /// <summary>The type the file's header shows; which formats can show it is <see cref="ImageFormats"/>' answer.</summary>
    public ImageFormat Format { get; init; }

    /// <summary>Where the image is written in the report, for the one diagnostic about it.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// The author marked the image decorative (<c>![](x.png){.decorative}</c>): it carries no information, so the
    /// page gives it alt="", the EPUB likewise, and the PDF sets it as an artifact rather than a Figure. An image is
    /// never decorative by omission: without alt text and without the mark, ingestion stops the build (SG090).
    /// </summary>
    public bool Decorative { get; init; }
}

/// <summary>A figure: an optional image, a caption, an optional credit (image title, or "某某 摄").</summary>
public sealed record FigureBlock(
    string Id,
    ImageRef? Image,
    ImmutableArray<Inline> Caption,
    string? Credit,
    SourceLocation Location) : Block(Location);
