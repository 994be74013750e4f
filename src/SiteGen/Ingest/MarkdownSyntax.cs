using Markdig;

namespace SiteGen.Ingest;

/// <summary>
/// The one Markdig configuration, built once and frozen: CommonMark, pipe tables, footnotes, figures, {#id}, and
/// CJK-friendly emphasis: plain CommonMark does not close **“参与者”**要求 (a closing ** after a full-width mark and
/// before a Han character is not "right-flanking"), so the asterisks were printed and the emphasis ran on.
/// </summary>
internal static class MarkdownSyntax
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseFigures()
        .UseCjkFriendlyEmphasis()
        .UsePreciseSourceLocation()
        .UseGenericAttributes() // must come last: it reads attributes other extensions leave behind
        .Build();

    // An HTML comment is refused with its own reason (Messages.HtmlCommentRefused): it is not published, yet the bag
    // keeps the source as written, comment and all, for decades, so a note to a colleague in it would be archived.
}
