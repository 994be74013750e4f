using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Output;

namespace SiteGen.Archive;

/// <summary>
/// Finds the shared files a report's pages need to render (stylesheets, icons, fonts, images outside the
/// report's folder) by following src attributes, stylesheet and icon links and CSS url()s within the
/// build's files, so the bag's copy of the page renders offline without guessing which assets the HTML
/// renderer writes where. Ordinary links (feeds, other pages) are not followed: they are the site's, not
/// the report's.
/// </summary>
internal static partial class SiteReferences
{
    [GeneratedRegex("""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlSource();

    [GeneratedRegex("""<link\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTag();

    [GeneratedRegex("""\srel\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex RelAttribute();

    [GeneratedRegex("""\shref\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();

    /// <summary>Every file reachable from <paramref name="roots"/>, roots included, that <paramref name="isWanted"/> accepts.</summary>
    public static SortedSet<string> Closure(IEnumerable<string> roots, IReadOnlyDictionary<string, OutputFile> files, Func<string, bool> isWanted)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(roots);
        while (pending.TryDequeue(out var path))
        {
            if (!found.Add(path) || !files.TryGetValue(path, out var file))
            {
                continue;
            }

            foreach (var target in ReferencesOf(file))
            {
                if (files.ContainsKey(target) && isWanted(target) && !found.Contains(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> ReferencesOf(OutputFile file)
    {
        var isCss = file.Path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
        var isHtml = file.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        if (!isCss && !isHtml)
        {
            return [];
        }

        var text = Encoding.UTF8.GetString(file.ReadAllBytes());
        var values = isCss
            ? CssReference().Matches(text).Select(Value)
            : HtmlSource().Matches(text).Select(Value).Concat(ResourceLinks(text));
        return values.Select(v => Resolve(file.Path, v)).OfType<string>();
    }

    /// <summary>The href of every &lt;link&gt; whose rel names a resource the page renders with.</summary>
    private static IEnumerable<string> ResourceLinks(string html)
    {
        foreach (Match tag in LinkTag().Matches(html))
        {
            var rel = RelAttribute().Match(tag.Value);
            var href = HrefAttribute().Match(tag.Value);
            if (rel.Success && href.Success &&
                Value(rel).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("stylesheet", StringComparison.OrdinalIgnoreCase) || r.Contains("icon", StringComparison.OrdinalIgnoreCase)))
            {
                yield return Value(href);
            }
        }
    }

    private static string Value(Match match) => match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;

    /// <summary>An output path for a relative or root-relative reference; null for external or in-page links.</summary>
    internal static string? Resolve(string fromPath, string reference)
    {
        var value = System.Net.WebUtility.HtmlDecode(reference).Trim();
        var cut = value.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            value = value[..cut];
        }

        if (value.Length == 0 || value.StartsWith("//", StringComparison.Ordinal) || HasScheme(value))
        {
            return null;
        }

        var segments = new List<string>();
        if (!value.StartsWith('/'))
        {
            segments.AddRange(fromPath.Split('/')[..^1]);
        }

        foreach (var segment in Uri.UnescapeDataString(value).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        var path = string.Join('/', segments);
        return value.EndsWith('/') ? path + (path.Length == 0 ? "" : "/") + "index.html" : path;
    }

    private static bool HasScheme(string value)
    {
        var colon = value.IndexOf(':');
        return colon > 0 && value.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash);
    }
}
