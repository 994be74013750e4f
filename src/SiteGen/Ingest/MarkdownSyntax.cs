using Markdig;

namespace SiteGen.Ingest;

/// <summary>The one Markdig configuration, built once and frozen: CommonMark, pipe tables, footnotes, figures, {#id}.</summary>
internal static class MarkdownSyntax
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseFigures()
        .UsePreciseSourceLocation()
        .UseGenericAttributes() // must come last: it reads attributes other extensions leave behind
        .Build();

    // An HTML comment is refused with its own reason (Messages.HtmlCommentRefused): it is not published, yet the bag
    // keeps the source as written, comment and all, for decades, so a note to a colleague in it would be archived.
}
