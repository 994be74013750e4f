using System.Text;

namespace SiteGen.Ingest;

/// <summary>
/// GB/T 15834 (docs/typography.md rule 1): ASCII , ; : ? ! ( ) written beside Han characters are conversion
/// artefacts and become full width; numbers (3,456.78), URLs, e-mail addresses and Latin phrases keep theirs.
/// Spaces between a Han character and a converted mark go, since the full-width mark carries its own space.
/// </summary>
public static class PunctuationNormalizer
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！', ['('] = '（', [')'] = '）',
    };

    /// <param name="text">A run of text.</param>
    /// <param name="before">The character just before the run in the same paragraph, or '\0'.</param>
    /// <param name="after">The character just after the run in the same paragraph, or '\0'.</param>
    public static string Normalize(string text, char before = '\0', char after = '\0')
    {
        if (text.IndexOfAny([',', ';', ':', '?', '!', '(', ')']) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var convert = new bool[chars.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '(' or ')' || !FullWidth.ContainsKey(c))
            {
                continue;
            }

            var previous = NeighbourBefore(chars, i, before);
            var next = NeighbourAfter(chars, i, after);
            convert[i] = IsCjk(previous) || IsCjk(next);
        }

        MarkParentheses(chars, convert, before, after);
        return Rebuild(chars, convert);
    }

    /// <summary>A bracket pair converts when its content or its outside neighbour is Han, so pairs stay matched.</summary>
    private static void MarkParentheses(char[] chars, bool[] convert, char before, char after)
    {
        var open = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '(')
            {
                open.Push(i);
            }
            else if (chars[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                var insideHasHan = false;
                for (var k = start + 1; k < i && !insideHasHan; k++)
                {
                    insideHasHan = IsHan(chars[k]);
                }

                var outside = IsHan(NeighbourBefore(chars, start, before)) || IsHan(NeighbourAfter(chars, i, after));
                convert[start] = convert[i] = insideHasHan || outside;
            }
        }

        foreach (var unmatched in open)
        {
            convert[unmatched] = IsCjk(NeighbourBefore(chars, unmatched, before)) || IsCjk(NeighbourAfter(chars, unmatched, after));
        }
    }

    private static string Rebuild(char[] chars, bool[] convert)
    {
        var result = new StringBuilder(chars.Length);
        for (var i = 0; i < chars.Length; i++)
        {
            if (convert[i])
            {
                while (result.Length > 0 && result[^1] == ' ')
                {
                    result.Length--;
                }

                result.Append(FullWidth[chars[i]]);
                while (i + 1 < chars.Length && chars[i + 1] == ' ' && (i + 2 >= chars.Length || IsCjk(chars[i + 2])))
                {
                    i++;
                }
            }
            else if (chars[i] == ' ' && i + 1 < chars.Length && convert[i + 1] && result.Length > 0 && IsCjk(result[^1]))
            {
                // Drop the space: the full-width mark that follows supplies the spacing.
            }
            else
            {
                result.Append(chars[i]);
            }
        }

        return result.ToString();
    }

    private static char NeighbourBefore(char[] chars, int index, char fallback)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (chars[k] != ' ')
            {
                return chars[k];
            }
        }

        return fallback;
    }

    private static char NeighbourAfter(char[] chars, int index, char fallback)
    {
        for (var k = index + 1; k < chars.Length; k++)
        {
            if (chars[k] != ' ')
            {
                return chars[k];
            }
        }

        return fallback;
    }


    /// <summary>Han ideographs (incl. extension A and compatibility).</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') || char.IsSurrogate(c);

    /// <summary>Han, or full-width CJK punctuation and quotes that sit in Chinese text.</summary>
    public static bool IsCjk(char c) =>
        IsHan(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or '“' or '”' or '‘' or '’' or '…' or '—' or '·';
}
