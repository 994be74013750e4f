using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Search;

/// <summary>One search box result as the reader sees it.</summary>
public sealed record SearchHit(string Key, string Href, string Label, string Lang, IReadOnlyList<string> Marks, string Snippet, string Status);

/// <summary>Drives search-probe.js in a page: the ground truth, SiteGen's answers and Pagefind's, per query.</summary>
public sealed class SearchProbe(IPage page)
{
    private static readonly string Script =
        File.ReadAllText(Path.Combine(Tools.RepoRoot, "tests", "SiteGen.EndToEnd", "Search", "search-probe.js"));

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task InstallAsync() => await page.EvaluateAsync(Script);

    public async Task<HashSet<string>> TruthAsync(IEnumerable<string> pages, string query) =>
        [.. await page.EvaluateAsync<string[]>("([p, q]) => window.__searchProbe.truth(p, q)", new object[] { pages.ToArray(), query })];

    public async Task<IReadOnlyList<SearchHit>> SiteGenAsync(string query)
    {
        var json = await page.EvaluateAsync<JsonElement>("q => window.__searchProbe.sitegen(q)", query);
        return json.Deserialize<SearchHit[]>(Json)!;
    }

    public async Task<HashSet<string>> PagefindAsync(string baseUrl, string query) =>
        [.. await page.EvaluateAsync<string[]>("([b, q]) => window.__searchProbe.pagefind(b, q)", new object[] { baseUrl, query })];
}

/// <summary>Precision and recall of one answer set against the truth; both 1 when both sets are empty.</summary>
public sealed record Score(int Found, int Right, int Expected)
{
    public static Score Of(IReadOnlySet<string> found, IReadOnlySet<string> truth) =>
        new(found.Count, found.Count(truth.Contains), truth.Count);

    public double Precision => Found == 0 ? (Expected == 0 ? 1 : 0) : (double)Right / Found;

    public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
}
