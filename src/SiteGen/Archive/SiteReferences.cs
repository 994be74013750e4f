using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Output;

namespace SiteGen.Archive;

/// <summary>
/// Finds the shared files a report's pages use (stylesheets, fonts, images outside the report's folder) by
/// following href/src attributes and CSS url()s within the build's files, so the bag's copy of the page
/// renders offline without guessing which assets the HTML renderer writes where.
/// </summary>
internal static partial class SiteReferences
{
    [GeneratedRegex("""(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlReference();

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
        var pattern = file.Path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? CssReference()
            : file.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) ? HtmlReference()
            : null;
        if (pattern is null)
        {
            yield break;
        }

        var text = Encoding.UTF8.GetString(file.Content);
        foreach (Match match in pattern.Matches(text))
        {
            var value = match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
            if (Resolve(file.Path, value) is { } target)
            {
                yield return target;
            }
        }
    }

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
