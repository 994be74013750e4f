namespace SiteGen.Import;

/// <summary>What a paragraph's style says it is, before the numbered-heading and front-matter passes.</summary>
internal enum ParagraphRole
{
    Body,
    Heading,
    Title,
    Subtitle,
    Author,
    Date,
    Caption,
}

/// <summary>A block of the imported report, in document order; <see cref="Paragraph"/> is where it started, for diagnostics.</summary>
internal abstract record ImportBlock(int Paragraph);

/// <param name="Markdown">The paragraph's inline Markdown, escaped, without the leading 　　.</param>
/// <param name="Plain">Its text as a reader sees it, for the heading and front-matter passes.</param>
/// <param name="Level">1–6 for a heading, 0 otherwise.</param>
/// <param name="List">Set for an item of a bulleted or numbered list.</param>
internal sealed record ParagraphBlock(
    int Paragraph, string Markdown, string HeadingMarkdown, string Plain, ParagraphRole Role, int Level, bool Centered, bool AutoNumbered, ListMarker? List)
    : ImportBlock(Paragraph)
{
    /// <summary>An explicit anchor, set when a link in the document points at this heading's bookmark.</summary>
    public string? AnchorId { get; init; }

    public bool IsHeading => Level > 0;
}

/// <param name="Number">The number Word shows, for an ordered list.</param>
/// <param name="Depth">0 for the outermost list.</param>
internal sealed record ListMarker(bool Ordered, int Number, int Depth);

/// <summary>An image extracted to <see cref="File"/>, with Word's alt text and the caption paragraph next to it.</summary>
internal sealed record FigureBlock(int Paragraph, string File, string Alt) : ImportBlock(Paragraph)
{
    public string? CaptionMarkdown { get; init; }
}

/// <summary>A table as a pipe table: its first row is the header; every cell already escaped, merged cells split.</summary>
internal sealed record TableBlock(int Paragraph, IReadOnlyList<IReadOnlyList<string>> Rows) : ImportBlock(Paragraph);
