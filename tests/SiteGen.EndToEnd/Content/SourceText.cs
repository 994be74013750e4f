using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.EndToEnd.Content;

/// <summary>
/// What a reader must find of a report's body, taken straight from the Markdown with Markdig: one unit per
/// paragraph, heading, caption, table cell, footnote paragraph and code block. It shares only the Markdown
/// syntax with SiteGen, not SiteGen's model or renderers, so a converter or renderer that drops text cannot
/// drop it here too. Image alt text, link targets and footnote labels are markup, not text.
/// </summary>
internal static partial class SourceText
{
    public static IReadOnlyList<string> Units(string markdown)
    {
        var body = FrontMatter().Replace(markdown, "", 1);
        var document = Markdown.Parse(body, SiteGen.Ingest.MarkdownSyntax.Pipeline);
        var units = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var text = block switch
            {
                CodeBlock code when block is not HtmlBlock => code.Lines.ToString(),
                HtmlBlock => "",
                _ when block.Inline is { } inline => InlineText(inline),
                _ => "",
            };
            var folded = TextFold.Fold(text);
            if (folded.Length > 0)
            {
                units.Add(folded);
            }
        }

        return units;
    }

    private static string InlineText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                AutolinkInline auto => auto.Url,
                LinkInline { IsImage: true } => "",
                FootnoteLink => "",
                ContainerInline nested => InlineText(nested),
                _ => "",
            });
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\A---\r?\n.*?\r?\n---\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}

/// <summary>
/// Folds text so that what formats may legitimately change does not count: compatibility forms (full-width
/// letters, ligatures from pdftotext), punctuation (SiteGen shows ASCII punctuation full width beside Han),
/// whitespace, line breaks and line-break hyphens. Letters and digits remain, in order.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                folded.Append(rune.ToString());
            }
        }

        return folded.ToString();
    }
}
