using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>Inline content of a paragraph, heading, caption or table cell. Text is already normalized.</summary>
public abstract record Inline;

public sealed record TextInline(string Text) : Inline;

public sealed record StrongInline(ImmutableArray<Inline> Children) : Inline;

/// <summary>How an emphasis is shown: dots under the characters (着重号) for Han, italic for Latin (docs/typography.md rule 14).</summary>
public enum EmphasisMark { Dots, Italic }

/// <summary>
/// Emphasis. <see cref="Mark"/> is decided once at ingestion from the report's language and the emphasised text
/// (<c>HtmlLanguage.EmphasisFor</c>); the web page, the EPUB and the PDFs all read it.
/// </summary>
public sealed record EmphasisInline(ImmutableArray<Inline> Children, EmphasisMark Mark = EmphasisMark.Dots) : Inline;

public sealed record CodeInline(string Text) : Inline;

public sealed record LineBreakInline : Inline;

/// <summary>A link. <see cref="Href"/> is either "#id" (same report), a relative path, or an http(s)/mailto URL; never a script.</summary>
public sealed record LinkInline(string Href, string? Title, ImmutableArray<Inline> Children) : Inline
{
    /// <summary>What the link points at; every format reads this instead of looking at the href itself.</summary>
    public LinkKind Kind => LinkKinds.Of(Href);

    public bool IsInternalAnchor => Kind == LinkKind.Anchor;

    /// <summary>The local file this link publishes (its href is then the file's place beside the page), or null.</summary>
    public Attachment? Attachment { get; init; }

    /// <summary>
    /// For <see cref="LinkKind.OtherReport"/>: the target's absolute URL on the published site (from base_url,
    /// id percent-encoded), set at linking when <see cref="Href"/> becomes the page-relative "../slug/#id".
    /// The PDF editions link it (a PDF file has no "relative"); null before linking and for other kinds.
    /// </summary>
    public string? Url { get; init; }
}

/// <summary>An image inside running text (rare); images alone in a paragraph become <see cref="FigureBlock"/>.</summary>
public sealed record ImageInline(ImageRef Image) : Inline;

/// <summary>A reference to footnote <see cref="Number"/>; <see cref="FootnoteId"/> is the note's anchor id.</summary>
public sealed record FootnoteRefInline(int Number, string FootnoteId, string RefId) : Inline;
