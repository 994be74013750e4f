using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Escapes a Word document's text so Markdown reads it back as the same characters: every ASCII mark that
/// Markdown or SiteGen's extensions give a meaning to (emphasis, links, footnotes, raw HTML, entities, `{#id}`
/// attributes, `^^^` figures, tables) is backslash-escaped, and a line that would start a list or a heading
/// does not.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>#|!^~{}&$";

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                result.Append('\\');
            }

            result.Append(c is '\t' ? ' ' : c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Makes the start of a block safe: "1. ", "1) ", "- ", "+ ", "= " and a leading "&gt;" would make a list,
    /// a heading underline or a quote of what is a plain paragraph in the document.
    /// </summary>
    public static string GuardLineStart(string markdown)
    {
        if (markdown.Length == 0)
        {
            return markdown;
        }

        if (markdown[0] is '-' or '+' or '=' or '>')
        {
            return "\\" + markdown;
        }

        var digits = 0;
        while (digits < markdown.Length && char.IsAsciiDigit(markdown[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < markdown.Length && markdown[digits] is '.' or ')'
            ? markdown[..digits] + "\\" + markdown[digits..]
            : markdown;
    }

    /// <summary>A URL as a Markdown link destination: in angle brackets, so spaces and parentheses survive.</summary>
    public static string Destination(string url)
    {
        var result = new StringBuilder(url.Length + 2).Append('<');
        foreach (var c in url)
        {
            result.Append(c switch
            {
                ' ' => "%20",
                '<' => "%3C",
                '>' => "%3E",
                '\\' => "%5C",
                '|' => "%7C",
                _ => c.ToString(),
            });
        }

        return result.Append('>').ToString();
    }

    /// <summary>Whether Markdown's emphasis rules count a character as punctuation (Unicode P and S) or space.</summary>
    public static bool IsFlankingBreaker(char c) =>
        char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
}
