using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// Second pass over a paragraph's inline content: resolves soft line breaks (nothing between two CJK
/// characters, a space otherwise) and applies full-width punctuation with the neighbouring runs as context.
/// </summary>
internal static class InlineNormalizer
{
    /// <summary>Placeholder the converter emits for a soft line break; never leaves ingestion.</summary>
    public const string SoftBreak = "\n";

    /// <param name="language">The report's language: it decides each emphasis's mark (dots or italic) here, once for every format.</param>
    public static ImmutableArray<Inline> Normalize(ImmutableArray<Inline> inlines, bool punctuation, Html.HtmlLanguage? language = null)
    {
        var texts = new List<string>();
        Collect(inlines, texts);
        var index = 0;
        var rewritten = Rewrite(inlines, texts, ref index, punctuation);
        return language is null ? rewritten : MarkEmphasis(rewritten, language);
    }

    private static ImmutableArray<Inline> MarkEmphasis(ImmutableArray<Inline> inlines, Html.HtmlLanguage language)
    {
        if (!inlines.Any(i => i is EmphasisInline or StrongInline or LinkInline)) return inlines;
        return [.. inlines.Select(inline => inline switch
        {
            EmphasisInline e => e with { Children = MarkEmphasis(e.Children, language), Mark = language.EmphasisFor(InlineText.Of(e.Children)) },
            StrongInline s => s with { Children = MarkEmphasis(s.Children, language) },
            LinkInline l => l with { Children = MarkEmphasis(l.Children, language) },
            _ => inline,
        })];
    }

    private static void Collect(ImmutableArray<Inline> inlines, List<string> texts)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text: texts.Add(text.Text); break;
                case StrongInline s: Collect(s.Children, texts); break;
                case EmphasisInline e: Collect(e.Children, texts); break;
                case LinkInline l: Collect(l.Children, texts); break;
                case CodeInline c: texts.Add(c.Text); break;
            }
        }
    }

    private static ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines, List<string> texts, ref int index, bool punctuation)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    var before = LastChar(texts, index - 1);
                    var after = FirstChar(texts, index + 1);
                    index++;
                    var value = text.Text == SoftBreak
                        ? (PunctuationNormalizer.IsCjk(before) && PunctuationNormalizer.IsCjk(after) ? "" : " ")
                        : punctuation ? PunctuationNormalizer.Normalize(text.Text, before, after) : text.Text;
                    if (value.Length > 0)
                    {
                        result.Add(new TextInline(value));
                    }

                    break;
                case StrongInline s: result.Add(s with { Children = Rewrite(s.Children, texts, ref index, punctuation) }); break;
                case EmphasisInline e: result.Add(e with { Children = Rewrite(e.Children, texts, ref index, punctuation) }); break;
                case LinkInline l:
                    // An autolink shows its own URL: its punctuation is the URL's and stays.
                    var isAutolink = InlineText.Of(l.Children) == l.Href || "mailto:" + InlineText.Of(l.Children) == l.Href;
                    result.Add(l with { Children = Rewrite(l.Children, texts, ref index, punctuation && !isAutolink) });
                    break;
                case CodeInline:
                    index++;
                    result.Add(inline);
                    break;
                default: result.Add(inline); break;
            }
        }

        return MergeAdjacentText(result.ToImmutable());
    }

    private static ImmutableArray<Inline> MergeAdjacentText(ImmutableArray<Inline> inlines)
    {
        var merged = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            if (inline is TextInline next && merged.Count > 0 && merged[^1] is TextInline previous)
            {
                merged[^1] = new TextInline(previous.Text + next.Text);
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged.ToImmutable();
    }

    private static char LastChar(List<string> texts, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var t = texts[i].Replace(SoftBreak, "");
            if (t.Length > 0)
            {
                return t[^1];
            }
        }

        return '\0';
    }

    private static char FirstChar(List<string> texts, int index)
    {
        for (var i = index; i < texts.Count; i++)
        {
            var t = texts[i].Replace(SoftBreak, "");
            if (t.Length > 0)
            {
                return t[0];
            }
        }

        return '\0';
    }
}
