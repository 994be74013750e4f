using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>One report, parsed and normalized. Immutable; the renderers read it, none change it.</summary>
public sealed record Report
{
    /// <summary>The Markdown file's path relative to the input folder, forward slashes (e.g. "cppcc-2021/report.md").</summary>
    public required string SourcePath { get; init; }

    /// <summary>The Markdown exactly as written, for the archive bundle.</summary>
    public required string SourceText { get; init; }

    public required ReportMetadata Metadata { get; init; }
    public required ImmutableArray<Block> Blocks { get; init; }
    public ImmutableArray<Footnote> Footnotes { get; init; } = [];

    /// <summary>Every image file the report uses, as paths relative to the input folder, sorted, distinct.</summary>
    public ImmutableArray<string> ImagePaths { get; init; } = [];

    /// <summary>Every local file the report links to (附件), in order of first link, one entry per file.</summary>
    public ImmutableArray<Attachment> Attachments { get; init; } = [];

    public string Slug => Metadata.Slug;

    /// <summary>The headings in document order (body and nested blocks), for tables of contents and bookmarks.</summary>
    public ImmutableArray<HeadingBlock> Headings => Blocks.OfType<HeadingBlock>().ToImmutableArray();

    /// <summary>The plain text of inline content, e.g. for titles, alt text and tables of contents.</summary>
    public static string PlainText(IEnumerable<Inline> inlines) => InlineText.Of(inlines);
}
