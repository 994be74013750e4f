using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// Footnotes Markdig lets pass quietly: a reference to a note nobody defined stays as literal "[^x]" text, and a
/// definition nobody references is removed from the document. Both are errors: the first prints markup to the
/// reader, the second loses the note's text.
/// </summary>
internal static partial class FootnoteChecks
{
    public static void Run(MarkdownDocument document, string body, ConversionScope scope)
    {
        var referenced = new HashSet<Footnote>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                if (inline is FootnoteLink { IsBackLink: false } link)
                {
                    referenced.Add(link.Footnote);
                }
                else if (UndefinedLabel(inline) is { } label)
                {
                    scope.Diagnostics.Error(DiagnosticCodes.UndefinedFootnote,
                        Messages.UndefinedFootnote.With(label),
                        At(body, inline.Span.Start, scope));
                }
            }
        }

        foreach (var definition in document.Descendants<FootnoteLinkReferenceDefinition>())
        {
            if (!referenced.Contains(definition.Footnote))
            {
                scope.Diagnostics.Error(DiagnosticCodes.UnreferencedFootnote,
                    Messages.UnreferencedFootnote.With(definition.Label?.TrimStart('^') ?? ""),
                    scope.At(definition.Line, definition.Column));
            }
        }
    }

    /// <summary>Markdig gives the bracket it turned back into text no line, only its offset in the body.</summary>
    private static SourceLocation At(string body, int offset, ConversionScope scope)
    {
        offset = Math.Clamp(offset, 0, body.Length);
        var lineStart = offset == 0 ? 0 : body.LastIndexOf('\n', offset - 1) + 1;
        var line = body.AsSpan(0, lineStart).Count('\n');
        return scope.At(line, offset - lineStart);
    }

    /// <summary>An unmatched "[" that Markdig left as text, followed by text starting "^label]".</summary>
    private static string? UndefinedLabel(Inline inline)
    {
        if (inline is not LiteralInline { Content.Length: 1 } bracket || bracket.Content.CurrentChar != '['
            || bracket.NextSibling is not LiteralInline next)
        {
            return null;
        }

        var match = Label().Match(next.Content.ToString());
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\^([^\[\]\s]+)\]")]
    private static partial Regex Label();
}
