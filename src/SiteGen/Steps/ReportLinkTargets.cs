using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Steps;

/// <summary>A link to another report, taken apart: which report (null when none is there) and which id.</summary>
internal sealed record ReportLinkTarget(Report? Report, string? Anchor, Message Wanted);

/// <summary>
/// Finds the report a <see cref="LinkKind.OtherReport"/> link means. Two forms: the Markdown file, relative
/// to the linking report's own file as an editor would complete it ("../cppcc-report-2020/report.md#id"), and
/// the page on the site, relative to the linking page ("../slug/" or "../slug/index.html", "#id" optional),
/// or absolute from base_url.
/// </summary>
internal sealed class ReportLinkTargets(IEnumerable<Report> reports)
{
    private readonly Dictionary<string, Report> _bySource = reports.ToDictionary(r => r.SourcePath, StringComparer.Ordinal);
    private readonly Dictionary<string, Report> _bySlug = reports.GroupBy(r => r.Slug, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public ReportLinkTarget Find(Report from, string href)
    {
        var (path, fragment) = Split(href);
        var anchor = fragment is null or "" ? null : Uri.UnescapeDataString(fragment);
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            var source = Combine(from.SourcePath, path);
            var report = source is not null && _bySource.TryGetValue(source, out var r) ? r : null;
            return new ReportLinkTarget(report, anchor, source is null ? Messages.WantedOutsideInput.With(path) : Messages.WantedReportFile.With(source));
        }

        var slug = Uri.UnescapeDataString(path.Split('/')[1]);
        return new ReportLinkTarget(_bySlug.GetValueOrDefault(slug), anchor, Messages.WantedSlug.With(slug));
    }

    /// <summary>
    /// An absolute link to a report's page on this very site (base_url + "slug/" or "slug/index.html", "#id"
    /// optional) as the page-relative form "../slug/#id"; null for any other URL, left as the web link it is.
    /// </summary>
    public static string? OnSite(string href, string baseUrl)
    {
        if (!href.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var (path, _) = Split(href[baseUrl.Length..]);
        var parts = path.Split('/');
        var isPage = parts.Length == 2 && parts[0].Length > 0 && parts[1] is "" or "index.html";
        return isPage && !ReservedSlugs.Names.Contains(parts[0]) ? "../" + href[baseUrl.Length..] : null;
    }

    private static (string Path, string? Fragment) Split(string href)
    {
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], hash < 0 ? null : href[(hash + 1)..]);
    }

    /// <summary>"a/report.md" + "../b/report.md" = "b/report.md"; null when the path climbs out of the input folder.</summary>
    private static string? Combine(string fromSource, string relative)
    {
        var parts = new List<string>(fromSource.Split('/')[..^1]);
        foreach (var part in Uri.UnescapeDataString(relative).Split('/'))
        {
            switch (part)
            {
                case "" or ".": break;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default: parts.Add(part); break;
            }
        }

        return string.Join('/', parts);
    }
}
