using System.Collections.Immutable;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>Warnings about a report's shape: heading levels that jump, paragraphs split mid-sentence.</summary>
internal static class ContentChecks
{
    /// <summary>Marks that may end a Chinese or Latin sentence (or a list-like lead-in).</summary>
    private const string SentenceEnds = "。！？；：…”’）」』》】.!?;:)\"'";

    public static void Run(MarkdownDocument document, ImmutableArray<Model.Block> blocks, ConversionScope scope)
    {
        CheckHeadingLevels(document, scope);
        CheckEmptyHeadings(document, scope);
        CheckUnpairedEmphasis(document, scope);
        CheckSplitParagraphs(blocks, scope);
        CheckHasText(blocks, scope);
    }

    /// <summary>
    /// A report of front matter alone, or of headings alone, would be published as empty pages, PDFs and an
    /// EPUB; most likely the body was not pasted in yet.
    /// </summary>
    private static void CheckHasText(ImmutableArray<Model.Block> blocks, ConversionScope scope)
    {
        if (blocks.All(b => b is Model.HeadingBlock))
        {
            scope.Diagnostics.Warning(DiagnosticCodes.NoBodyText,
                blocks.IsEmpty ? Messages.NoBodyText.With() : Messages.OnlyHeadings.With(),
                blocks.IsEmpty ? scope.At(0, 0) : blocks[0].Location);
        }
    }

    /// <summary>
    /// "## " with nothing after it (or only a closing "#") would be a blank heading: a screen reader announces
    /// "heading, level 2" and nothing, and the contents, the outline and the EPUB's nav get an empty entry.
    /// </summary>
    private static void CheckEmptyHeadings(MarkdownDocument document, ConversionScope scope)
    {
        foreach (var heading in document.Descendants<Markdig.Syntax.HeadingBlock>())
        {
            var words = heading.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Any(l => !l.Content.IsEmpty && !string.IsNullOrWhiteSpace(l.Content.ToString())) == true
                || heading.Inline?.Descendants<Markdig.Syntax.Inlines.CodeInline>().Any(c => !string.IsNullOrWhiteSpace(c.Content)) == true;
            if (!words)
            {
                scope.Diagnostics.Error(DiagnosticCodes.EmptyHeading, Messages.EmptyHeading.With(new string('#', heading.Level)),
                    scope.At(heading.Line, heading.Column));
            }
        }
    }

    /// <summary>
    /// "**" or "__" left in the text is an emphasis whose partner is missing (or mistyped): every format would print
    /// the marks and leave the words plain. Escaped marks (\*\*) are the writer's own and are not flagged.
    /// </summary>
    private static void CheckUnpairedEmphasis(MarkdownDocument document, ConversionScope scope)
    {
        foreach (var literal in document.Descendants<Markdig.Syntax.Inlines.LiteralInline>())
        {
            var text = literal.Content.ToString();
            var at = text.IndexOf("**", StringComparison.Ordinal) is >= 0 and var star ? star : text.IndexOf("__", StringComparison.Ordinal);
            if (at < 0 || literal.IsFirstCharacterEscaped)
            {
                continue;
            }

            scope.Diagnostics.Warning(DiagnosticCodes.UnpairedEmphasis, Messages.UnpairedEmphasis.With(text.Substring(at, 2)),
                scope.At(literal.Line, literal.Column + at));
        }
    }

    private static void CheckHeadingLevels(MarkdownDocument document, ConversionScope scope)
    {
        int? previous = null;
        foreach (var heading in document.Descendants<Markdig.Syntax.HeadingBlock>())
        {
            if (previous is { } level && heading.Level > level + 1)
            {
                scope.Diagnostics.Warning(DiagnosticCodes.HeadingLevelJump,
                    Messages.HeadingLevelJump.With(level, heading.Level, new string('#', level + 1)),
                    scope.At(heading.Line, heading.Column));
            }

            previous = heading.Level;
        }
    }

    /// <summary>A paragraph that stops mid-sentence, followed by one that goes on, is a page-break split.</summary>
    private static void CheckSplitParagraphs(ImmutableArray<Model.Block> blocks, ConversionScope scope)
    {
        for (var i = 0; i + 1 < blocks.Length; i++)
        {
            if (blocks[i] is not Model.ParagraphBlock first)
            {
                continue;
            }

            var text = InlineText.Of(first.Content).TrimEnd();
            if (text.Length == 0 || SentenceEnds.Contains(text[^1]))
            {
                continue;
            }

            var next = blocks[i + 1];
            if (next is Model.ParagraphBlock or Model.FigureBlock)
            {
                var tail = text.Length > 12 ? "…" + text[^12..] : text;
                scope.Diagnostics.Warning(DiagnosticCodes.SplitParagraph,
                    Messages.SplitParagraph.With(tail, (next is Model.FigureBlock ? Messages.NextFigure : Messages.NextParagraph).With(), next.Location.Line),
                    first.Location);
            }
        }
    }
}
