using Markdig.Extensions.Figures;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>What Markdig's figure block leaves implicit: whether the closing <c>^^^</c> line was there.</summary>
internal static class FigureShape
{
    /// <summary>
    /// Markdig keeps a figure open to the end of the document when no closing line comes, and a quote or list
    /// around it closes it silently. Only a real closing line makes the figure reach past its last child
    /// (or puts a caption on a line after the opening one).
    /// </summary>
    public static bool IsClosed(Figure figure)
    {
        if (figure.IsOpen)
        {
            return false;
        }

        if (figure.LastChild is FigureCaption caption && caption.Line > figure.Line)
        {
            return true;
        }

        var contentEnd = figure.LastChild?.Span.End ?? figure.Span.Start + figure.OpeningCharacterCount - 1;
        return figure.Span.End > contentEnd;
    }

    /// <summary>A plain name for a block an author may have put between the <c>^^^</c> lines.</summary>
    public static Message KindOf(Block block) => (block switch
    {
        HeadingBlock => Messages.BlockHeading,
        ParagraphBlock => Messages.BlockParagraph,
        ListBlock => Messages.BlockList,
        QuoteBlock => Messages.BlockQuote,
        Figure => Messages.BlockFigure,
        Markdig.Extensions.Tables.Table => Messages.BlockTable,
        CodeBlock => Messages.BlockCode,
        ThematicBreakBlock => Messages.BlockRule,
        HtmlBlock => Messages.BlockHtml,
        _ => Messages.BlockOther,
    }).With();
}
