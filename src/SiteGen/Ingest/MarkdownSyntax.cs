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

    /// <summary>
    /// An HTML comment is not published, yet the bag keeps the source as written, comment and all, for decades:
    /// a note to a colleague in it would be archived. So comments are refused with their own reason.
    /// </summary>
    public const string CommentMessage =
        "an HTML comment (<!-- … -->) is not shown in any format but would be archived in the bag's copy of the source; delete it and keep notes outside the report";
}
