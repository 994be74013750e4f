using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>One failing element of an axe rule.</summary>
public sealed record AxeNode(string Target, string Html, string FailureSummary);

/// <summary>One axe rule that failed (or, in <see cref="AxeReport.Incomplete"/>, needs review).</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Tags, IReadOnlyList<AxeNode> Nodes);

/// <summary>What axe found on one page.</summary>
public sealed record AxeReport(string Url, string AxeVersion, IReadOnlyList<AxeViolation> Violations, IReadOnlyList<AxeViolation> Incomplete)
{
    public bool IsClean => Violations.Count == 0;

    /// <summary>Readable listing for assertion messages.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append($"axe {AxeVersion} on {Url}: {Violations.Count} violation(s)");
        foreach (var v in Violations)
        {
            sb.Append($"\n  [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})");
            foreach (var n in v.Nodes.Take(10))
                sb.Append($"\n      {n.Target}  {n.Html}");
            if (v.Nodes.Count > 10)
                sb.Append($"\n      … and {v.Nodes.Count - 10} more");
        }
        return sb.ToString();
    }
}

/// <summary>
/// Runs axe-core (bundled in Deque.AxeCore.Playwright) on pages in the shared headless chromium,
/// limited to WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules.
/// </summary>
public sealed class AxeChecker(BrowserSession browser)
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Checks a page by URL (use <see cref="StaticSiteServer"/> for output folders).</summary>
    public async Task<AxeReport> CheckUrlAsync(string url, BrowserNewContextOptions? contextOptions = null)
    {
        var context = await browser.NewContextAsync(contextOptions).ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 }).ConfigureAwait(false);
            if (response is { Ok: false })
                throw new InvalidOperationException($"{url} answered HTTP {response.Status}");
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
                ResultTypes = [ResultType.Violations, ResultType.Incomplete],
            }).ConfigureAwait(false);
            return new AxeReport(url, result.TestEngine?.Version ?? "?", Convert(result.Violations), Convert(result.Incomplete));
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Checks one HTML file, serving its folder over loopback http so relative assets load.</summary>
    public async Task<AxeReport> CheckFileAsync(string htmlFile, BrowserNewContextOptions? contextOptions = null)
    {
        var full = Path.GetFullPath(htmlFile);
        using var server = StaticSiteServer.Start(Path.GetDirectoryName(full)!);
        return await CheckUrlAsync(server.UrlFor(Path.GetFileName(full)), contextOptions).ConfigureAwait(false);
    }

    /// <summary>Checks several pages of one site folder (paths relative to <paramref name="siteRoot"/>) through one server.</summary>
    public async Task<IReadOnlyList<AxeReport>> CheckSiteAsync(string siteRoot, IEnumerable<string> relativePaths, BrowserNewContextOptions? contextOptions = null)
    {
        using var server = StaticSiteServer.Start(siteRoot);
        var reports = new List<AxeReport>();
        foreach (var rel in relativePaths)
            reports.Add(await CheckUrlAsync(server.UrlFor(rel), contextOptions).ConfigureAwait(false));
        return reports;
    }

    /// <summary>Checks every .html file under <paramref name="siteRoot"/> (sorted), through one server.</summary>
    public Task<IReadOnlyList<AxeReport>> CheckAllPagesAsync(string siteRoot, BrowserNewContextOptions? contextOptions = null) =>
        CheckSiteAsync(siteRoot,
            Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(siteRoot, f))
                .Order(StringComparer.Ordinal),
            contextOptions);

    private static List<AxeViolation> Convert(AxeResultItem[]? items) =>
        (items ?? []).Select(i => new AxeViolation(
            i.Id ?? "",
            i.Impact ?? "",
            i.Help ?? "",
            i.HelpUrl ?? "",
            i.Tags ?? [],
            (i.Nodes ?? []).Select(n => new AxeNode(
                n.Target?.ToString() ?? "",
                n.Html ?? "",
                Summary(n))).ToList())).ToList();

    private static string Summary(AxeResultNode node)
    {
        var messages = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
            .Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m));
        return string.Join(" | ", messages);
    }
}
