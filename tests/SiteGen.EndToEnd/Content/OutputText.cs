using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Content;

/// <summary>The folded reading text of each published format of one report.</summary>
internal static partial class OutputText
{
    /// <summary>The page's body with tags, scripts and styles removed and entities decoded.</summary>
    public static string Html(string html)
    {
        var start = html.IndexOf("<body", StringComparison.Ordinal);
        var body = start >= 0 ? html[start..] : html;
        body = NotRead().Replace(body, " ");
        body = Tag().Replace(body, " ");
        return TextFold.Fold(WebUtility.HtmlDecode(body));
    }

    /// <summary>Every XHTML document in the EPUB, each read like a page.</summary>
    public static string Epub(string epubPath)
    {
        using var zip = ZipFile.OpenRead(epubPath);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(Html(reader.ReadToEnd()));
        }

        return text.ToString();
    }

    /// <summary>pdftotext in content-stream order.</summary>
    public static string Pdf(string pdfPath) => TextFold.Fold(PdfTools.Text(pdfPath, layout: false));

    [GeneratedRegex(@"<(head|script|style)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NotRead();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();
}

/// <summary>
/// Finds a unit of source text in a format's text: its letters in order, starting anywhere, with at most
/// <c>gap</c> other letters in between in all. Formats put things inside a paragraph's run of letters
/// (footnote numbers, and in a PDF the running head, page number and notes of a page break), but a unit that
/// was dropped does not turn up in order within a small gap.
/// </summary>
internal static class UnitMatcher
{
    public static bool Contains(string haystack, string unit, int gap)
    {
        if (unit.Length == 0)
        {
            return true;
        }

        for (var start = haystack.IndexOf(unit[0], StringComparison.Ordinal); start >= 0; start = haystack.IndexOf(unit[0], start + 1))
        {
            var at = start;
            var skipped = 0;
            var matched = 1;
            while (matched < unit.Length)
            {
                var next = haystack.IndexOf(unit[matched], at + 1);
                if (next < 0)
                {
                    return false; // later starts cannot find it either
                }

                skipped += next - at - 1;
                if (skipped > gap)
                {
                    break;
                }

                (at, matched) = (next, matched + 1);
            }

            if (matched == unit.Length)
            {
                return true;
            }
        }

        return false;
    }
}
