using System.Text;

namespace SiteGen.Html;

/// <summary>
/// Escaping for HTML that must also be well-formed XML (the EPUB writer reuses the body): the five markup
/// characters are escaped, and characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) drop out.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsAllowed(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    private static bool IsAllowed(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => !char.IsSurrogate(c),
        };
}
