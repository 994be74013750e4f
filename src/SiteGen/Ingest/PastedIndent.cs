using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// Text pasted from Word or WeChat starts each paragraph with full-width spaces (U+3000), no-break or other
/// wide spaces: the typography already indents paragraphs, so they would double the indent (four em instead
/// of two) in every format. They are removed, at the start of a paragraph and of each of its lines, and one
/// warning per report names where the first was and how many there were. (ASCII spaces there never reach the
/// model: Markdown itself drops them.)
/// </summary>
internal static class PastedIndent
{
    /// <summary>The paragraph's inlines (before soft breaks are resolved) without leading spaces on any line; records each removal.</summary>
    public static ImmutableArray<Inline> Strip(ImmutableArray<Inline> inlines, SourceLocation paragraph, ConversionScope scope)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        var atLineStart = true;
        var line = 0;
        foreach (var inline in inlines)
        {
            if (inline is TextInline { Text: InlineNormalizer.SoftBreak } or LineBreakInline)
            {
                result.Add(inline);
                (atLineStart, line) = (true, line + 1);
                continue;
            }

            if (atLineStart && inline is TextInline text)
            {
                var kept = text.Text.TrimStart();
                if (kept.Length < text.Text.Length)
                {
                    var at = line == 0 ? paragraph : paragraph with { Line = paragraph.Line + line, Column = 1 };
                    scope.PastedIndents.Add((at, text.Text[..(text.Text.Length - kept.Length)]));
                }

                if (kept.Length == 0)
                {
                    continue; // the line's first literal was all spaces: the next one may still start the line
                }

                result.Add(new TextInline(kept));
                atLineStart = false;
                continue;
            }

            result.Add(inline);
            atLineStart = false;
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Four pasted spaces make Markdown read a paragraph as code (monospace, unwrapped). Chinese prose in an
    /// indented (not fenced) code block is almost surely that; it stays as written, with a warning saying why.
    /// </summary>
    public static Model.CodeBlock CheckCode(Model.CodeBlock code, ConversionScope scope)
    {
        if (code.Text.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            scope.Diagnostics.Warning(DiagnosticCodes.IndentedProse,
                Messages.IndentedProse.With(),
                code.Location);
        }

        return code;
    }

    /// <summary>One warning for the whole report, at the first removal.</summary>
    public static void Report(ConversionScope scope)
    {
        if (scope.PastedIndents.Count == 0)
        {
            return;
        }

        var (first, spaces) = scope.PastedIndents.OrderBy(p => p.At.Line).ThenBy(p => p.At.Column).First();
        var more = scope.PastedIndents.Count - 1;
        var message = more switch
        {
            0 => Messages.PastedIndent.With(Describe(spaces)),
            1 => Messages.PastedIndentOneMore.With(Describe(spaces)),
            _ => Messages.PastedIndentMore.With(Describe(spaces), more),
        };
        scope.Diagnostics.Warning(DiagnosticCodes.PastedIndent, message, first);
    }

    private static Message Describe(string spaces)
    {
        var names = spaces.Distinct().Select(c => c switch
        {
            '\u3000' => Messages.SpaceFullWidth.With(),
            '\u00A0' => Messages.SpaceNoBreak.With(),
            ' ' => Messages.SpacePlain.With(),
            '\t' => Messages.SpaceTab.With(),
            _ => Messages.SpaceOther.With(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
        });
        var joined = names.Aggregate((Message?)null, (list, name) => list is null ? name : Messages.AndMessage.With(list, name))!;
        return Messages.SpaceCount.With(spaces.Length, joined);
    }
}
