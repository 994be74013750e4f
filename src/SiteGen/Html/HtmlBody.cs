using System.Collections.Immutable;

namespace SiteGen.Html;

/// <summary>
/// A report's body as XHTML-compatible fragments: the article, the table of contents and the notes section
/// (empty when the report has no notes).
/// </summary>
public sealed record HtmlBody(string Article, string TableOfContents, string Footnotes, ImmutableArray<TocEntry> Toc);

/// <summary>A heading as the table of contents lists it; <see cref="Level"/> is the rendered level (2 = top).</summary>
public sealed record TocEntry(int Level, string Id, string Text);
