using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Collects a paragraph's pieces (text with its bold and emphasis, and ready-made Markdown such as links and
/// footnote references) and writes them as Markdown. Runs with the same formatting are joined first, since Word
/// splits text into runs at every edit.
/// </summary>
internal sealed class InlineBuilder
{
    private readonly List<Piece> _pieces = [];

    /// <param name="Markdown">Already escaped Markdown.</param>
    /// <param name="Plain">The characters a reader sees.</param>
    /// <param name="Raw">A link, note reference or break: never cut, never wrapped at an emphasis edge.</param>
    private sealed record Piece(string Markdown, string Plain, bool Strong, bool Emphasis, bool Raw);

    public void Text(string text, bool strong, bool emphasis)
    {
        if (text.Length > 0)
        {
            _pieces.Add(new Piece(text, text, strong, emphasis, Raw: false));
        }
    }

    public void Raw(string markdown, string plain, bool strong = false, bool emphasis = false) =>
        _pieces.Add(new Piece(markdown, plain, strong, emphasis, Raw: true));

    /// <summary>A line break inside a paragraph (Shift+Enter in Word); dropped at the paragraph's edges and when doubled.</summary>
    public void Break()
    {
        if (_pieces.Count > 0 && !IsBreak(_pieces[^1]))
        {
            _pieces.Add(new Piece("\\\n", "\n", false, false, Raw: true));
        }
    }

    private static bool IsBreak(Piece piece) => piece.Raw && piece.Plain == "\n";

    public bool IsEmpty => _pieces.Count == 0;

    public string PlainText => string.Concat(_pieces.Select(p => p.Plain));

    /// <summary>The Markdown of all pieces; leading and trailing spaces (and the ideographic 　　 indent Word copies carry) removed.</summary>
    public string ToMarkdown(bool withFormatting = true)
    {
        var pieces = Trim(_pieces);
        var result = new StringBuilder();
        var i = 0;
        while (i < pieces.Count)
        {
            var strong = withFormatting && pieces[i].Strong;
            var start = i;
            while (i < pieces.Count && (withFormatting && pieces[i].Strong) == strong)
            {
                i++;
            }

            var run = pieces.GetRange(start, i - start);
            result.Append(strong ? Wrap(run, "**", inner => WriteEmphasis(inner, withFormatting)) : WriteEmphasis(run, withFormatting));
        }

        return result.ToString();
    }

    private static string WriteEmphasis(List<Piece> pieces, bool withFormatting)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < pieces.Count)
        {
            var emphasis = withFormatting && pieces[i].Emphasis;
            var start = i;
            while (i < pieces.Count && (withFormatting && pieces[i].Emphasis) == emphasis)
            {
                i++;
            }

            var run = pieces.GetRange(start, i - start);
            result.Append(emphasis ? Wrap(run, "*", Plain) : Plain(run));
        }

        return result.ToString();
    }

    private static string Plain(List<Piece> pieces) =>
        string.Concat(pieces.Select(p => p.Raw ? p.Markdown : MarkdownText.Escape(p.Markdown)));

    /// <summary>
    /// Wraps pieces in a delimiter, keeping punctuation, spaces and links outside it: CommonMark only closes
    /// `**` after punctuation when a space or punctuation follows, so `**“词”**后` would print its asterisks.
    /// Moving the marks outside costs them their weight, never a character.
    /// </summary>
    private static string Wrap(List<Piece> pieces, string delimiter, Func<List<Piece>, string> inner)
    {
        var (before, middle, after) = SplitEdges(pieces);
        var core = middle.Count == 0 ? "" : delimiter + inner(middle) + delimiter;
        return Plain(before) + core + Plain(after);
    }

    private static (List<Piece> Before, List<Piece> Middle, List<Piece> After) SplitEdges(List<Piece> pieces)
    {
        var middle = new List<Piece>(pieces);
        var before = new List<Piece>();
        var after = new List<Piece>();
        while (middle.Count > 0)
        {
            var first = middle[0];
            if (first.Raw)
            {
                before.Add(first);
                middle.RemoveAt(0);
                continue;
            }

            var cut = 0;
            while (cut < first.Markdown.Length && MarkdownText.IsFlankingBreaker(first.Markdown[cut]))
            {
                cut++;
            }

            if (cut == 0)
            {
                break;
            }

            before.Add(first with { Markdown = first.Markdown[..cut] });
            middle.RemoveAt(0);
            if (cut < first.Markdown.Length)
            {
                middle.Insert(0, first with { Markdown = first.Markdown[cut..] });
                break;
            }
        }

        while (middle.Count > 0)
        {
            var last = middle[^1];
            if (last.Raw)
            {
                after.Insert(0, last);
                middle.RemoveAt(middle.Count - 1);
                continue;
            }

            var keep = last.Markdown.Length;
            while (keep > 0 && MarkdownText.IsFlankingBreaker(last.Markdown[keep - 1]))
            {
                keep--;
            }

            if (keep == last.Markdown.Length)
            {
                break;
            }

            after.Insert(0, last with { Markdown = last.Markdown[keep..] });
            middle.RemoveAt(middle.Count - 1);
            if (keep > 0)
            {
                middle.Add(last with { Markdown = last.Markdown[..keep] });
                break;
            }
        }

        return (before, middle, after);
    }

    private static List<Piece> Trim(List<Piece> pieces)
    {
        var result = new List<Piece>(pieces);
        var changed = true;
        while (changed && result.Count > 0)
        {
            changed = false;
            if (IsBreak(result[0]) || (!result[0].Raw && result[0].Markdown.TrimStart(Blank).Length == 0))
            {
                result.RemoveAt(0);
                changed = true;
            }
            else if (IsBreak(result[^1]) || (!result[^1].Raw && result[^1].Markdown.TrimEnd(Blank).Length == 0))
            {
                result.RemoveAt(result.Count - 1);
                changed = true;
            }
        }

        if (result.Count > 0 && !result[0].Raw)
        {
            var rest = result[0].Markdown.TrimStart(Blank);
            result[0] = result[0] with { Markdown = rest, Plain = rest };
        }

        if (result.Count > 0 && !result[^1].Raw)
        {
            var rest = result[^1].Markdown.TrimEnd(Blank);
            result[^1] = result[^1] with { Markdown = rest, Plain = rest };
        }

        return result;
    }

    /// <summary>Space, tab, no-break space and the ideographic space U+3000 Word copies carry as an indent.</summary>
    public static readonly char[] Blank = [' ', '\t', '\u00a0', '\u3000', '\n', '\r'];
}
