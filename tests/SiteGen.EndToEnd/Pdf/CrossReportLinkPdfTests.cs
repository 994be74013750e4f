using System.Text.Json;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>
/// Issue 11: a link to another report's section is, in every PDF edition, a real link annotation to the
/// section's absolute URL on the published site (from base_url), tagged as a Link in the structure tree.
/// Read back with pdf.js, the reader in Firefox and many web viewers.
/// </summary>
public sealed class CrossReportLinkPdfTests
{
    private const string Expected = "https://www.bozhou.gov.cn/cppcc/report-2021/#%E5%B7%A5%E4%BD%9C%E5%9B%9E%E9%A1%BE";

    [Fact]
    public void Every_edition_links_the_other_reports_section_by_its_absolute_url()
    {
        using var site = new TempDir();
        site.File("input/site.yml", "title: 档案\nbase_url: https://www.bozhou.gov.cn/cppcc/\npublisher: 政协亳州市委员会\n");
        site.File("input/cppcc-2021/report.md", "---\ntitle: 2021年报告\ndate: 2021-02-22\nslug: report-2021\n---\n## 工作回顾\n\n回顾正文。\n");
        site.File("input/cppcc-2022/report.md", "---\ntitle: 2022年报告\ndate: 2022-02-22\n---\n## 总结\n\n详见[2021年工作回顾](../cppcc-2021/report.md#工作回顾)。\n");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            OutputDirectory = site.Combine("out"),
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            BuildEpub = false,
            BuildArchive = false,
            UseCache = false,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pdfs = Directory.GetFiles(site.Combine("out/cppcc-2022"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, pdfs.Count);
        foreach (var pdf in pdfs)
        {
            var inspected = Inspect(pdf);
            var links = inspected.GetProperty("pages").EnumerateArray()
                .SelectMany(p => p.GetProperty("annotations").EnumerateArray())
                .Where(a => a.GetProperty("subtype").GetString() == "Link" && a.GetProperty("url").ValueKind == JsonValueKind.String)
                .ToList();
            var link = Assert.Single(links, l => l.GetProperty("url").GetString() == Expected);

            // The annotation is a child of a Link element in the structure tree (PDF/UA: tagged, reachable by assistive technology).
            var annotationIds = LinkChildren(inspected);
            Assert.Contains(link.GetProperty("id").GetString(), annotationIds);
        }
    }

    private static JsonElement Inspect(string pdf)
    {
        var script = Path.Combine(Tools.NpmToolsDir, "pdfjs-inspect.mjs");
        Assert.True(File.Exists(Path.Combine(Tools.NpmToolsDir, "node_modules", "pdfjs-dist", "package.json")), "pdfjs-dist missing: run `bash .ci/install-test-deps`");
        var run = ProcessRunner.Run("node", [script, pdf]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.StdOut).RootElement.Clone();
    }

    /// <summary>
    /// The ids of objects (pdf.js 4 names an annotation's object reference "object", later versions "annotation"
    /// with a prefix) that stand directly under a structure element whose role is Link.
    /// </summary>
    private static List<string> LinkChildren(JsonElement inspected)
    {
        var ids = new List<string>();
        void Walk(JsonElement node)
        {
            if (!node.TryGetProperty("children", out var children)) return;
            var isLink = node.TryGetProperty("role", out var role) && role.GetString() == "Link";
            foreach (var child in children.EnumerateArray())
            {
                if (isLink && child.TryGetProperty("type", out var type) && type.GetString() is "annotation" or "object")
                    ids.Add(child.GetProperty("id").GetString()!.Replace("pdfjs_internal_id_", "", StringComparison.Ordinal));
                Walk(child);
            }
        }
        foreach (var page in inspected.GetProperty("pages").EnumerateArray())
            if (page.GetProperty("structTree").ValueKind == JsonValueKind.Object) Walk(page.GetProperty("structTree"));
        return ids;
    }
}
