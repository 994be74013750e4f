using System.Globalization;
using System.Text;

namespace SiteGen.Diagnostics;

/// <summary>
/// Makes text from a user's files safe to print on one terminal line: control characters (and the
/// invisible format characters that reorder or hide text) are shown escaped as \u0007, never sent raw.
/// </summary>
public static class MessageText
{
    /// <summary>How much of a quoted value a message shows before cutting it with "…".</summary>
    public const int MaxValueLength = 80;

    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                clean ??= new StringBuilder(text, 0, i, text.Length + 16);
                clean.Append(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>A value quoted in a message: escaped, and cut to <see cref="MaxValueLength"/> characters with "…".</summary>
    public static string Value(string value)
    {
        var cut = value.Length > MaxValueLength
            ? value[..(char.IsHighSurrogate(value[MaxValueLength - 1]) ? MaxValueLength - 1 : MaxValueLength)] + "…"
            : value;
        return Clean(cut);
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' // line and paragraph separators break the one-line rule
        || (c is >= '\u200e' and <= '\u200f') || (c is >= '\u202a' and <= '\u202e') || (c is >= '\u2066' and <= '\u2069'); // bidi overrides
}
