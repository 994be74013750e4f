using System.Text.Json;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Tests.Links;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Issue 11: `serve` and `build --preview` may do without a real base_url, and then every file that carries the
/// address says it is a preview, so a portal can never take a preview for the publication.
/// </summary>
public sealed class PreviewBuildTests : IDisposable
{
    private const string Report = "---\ntitle: 工作报告\ndate: 2021-02-22\nslug: cppcc-2021\n---\n## 回顾\n\n正文。\n";
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    private BuildResult Build(string siteYml, bool preview)
    {
        _input.Write("site.yml", siteYml).Write("r/report.md", Report);
        var result = SiteBuilder.Build(_input.Options with { BuildPdf = false, UseCache = false, Preview = preview });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void A_preview_without_base_url_is_marked_in_every_file_that_carries_the_address()
    {
        Build("title: 档案\n", preview: true);
        var texts = DraftTests.Texts(_input.Output).ToDictionary(t => t.Name, t => t.Text);

        Assert.DoesNotContain("sitemap.xml", texts.Keys);
        Assert.Equal("User-agent: *\nDisallow: /\n", texts["robots.txt"]);
        foreach (var page in new[] { "index.html", "404.html", "cppcc-2021/index.html" })
        {
            Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", texts[page]);
            Assert.Contains("class=\"preview-banner\"", texts[page]);
            Assert.Contains("预览版，不可发布", texts[page]);
        }

        Assert.Contains("<title>预览版，不可发布", texts["feed.xml"]);
        Assert.Contains("<id>http://localhost:8000/</id>", texts["feed.xml"]);
        using var manifest = JsonDocument.Parse(texts["manifest.json"]);
        Assert.True(manifest.RootElement.GetProperty("preview").GetBoolean());
        Assert.Equal("http://localhost:8000/", manifest.RootElement.GetProperty("site").GetString());

        var bagInfo = texts.Single(t => t.Key.StartsWith("archive/cppcc-2021", StringComparison.Ordinal) && t.Key.EndsWith("/bag-info.txt", StringComparison.Ordinal)).Value;
        Assert.StartsWith("Preview: yes\n", bagInfo);
        var previewId = "urn:uuid:" + ReportIdentifier.NameBasedUuid("http://localhost:8000/cppcc-2021/");
        Assert.Contains("External-Identifier: " + previewId + "\n", bagInfo);
        var dc = texts.Single(t => t.Key.EndsWith("/data/metadata/dc.xml", StringComparison.Ordinal)).Value;
        Assert.Contains("<dc:description>预览版，不可发布", dc);
        var opf = texts.Single(t => t.Key.EndsWith(".opf", StringComparison.Ordinal) && t.Key.Contains(".epub!", StringComparison.Ordinal)).Value;
        Assert.Contains(previewId, opf);
        Assert.Contains("<dc:description>预览版，不可发布", opf);
    }

    [Fact]
    public void Custom_layouts_that_leave_out_the_banner_and_noindex_still_mark_a_preview_and_only_once()
    {
        var templates = Path.Combine(_input.Root, "theme");
        Directory.CreateDirectory(Path.Combine(templates, "layouts"));
        const string Bare = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<title>{{ esc site_title }}</title>\n</head>\n<body class=\"x\">\n<main>页</main>\n</body>\n</html>\n";
        foreach (var layout in new[] { "report", "home", "404" })
        {
            File.WriteAllText(Path.Combine(templates, "layouts", layout + ".sbn-html"), Bare);
        }

        File.WriteAllText(Path.Combine(templates, "robots.sbn-txt"), "User-agent: *\nAllow: /\n");
        _input.Write("site.yml", "title: 档案\n").Write("r/report.md", Report);
        var options = _input.Options with { BuildPdf = false, BuildEpub = false, UseCache = false, Preview = true, TemplatesDirectory = templates };
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var page in new[] { "index.html", "404.html", "cppcc-2021/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(_input.Output, page));
            Assert.Contains("<meta name=\"robots\" content=\"noindex\" />\n</head>", html);
            Assert.Contains("<body class=\"x\">\n<p class=\"preview-banner\" role=\"note\" data-sitegen-preview=\"yes\">预览版，不可发布", html);
            Assert.Single(html.Split("preview-banner")[1..]);
        }

        Assert.Equal("User-agent: *\nDisallow: /\n", File.ReadAllText(Path.Combine(_input.Output, "robots.txt")));

        // The same layouts in a publication: nothing added.
        _input.Write("site.yml", "title: 档案\nbase_url: https://www.bozhou.gov.cn/zxgzbg/\n");
        Assert.True(SiteBuilder.Build(options with { Preview = false }).Succeeded);
        Assert.DoesNotContain("preview", File.ReadAllText(Path.Combine(_input.Output, "cppcc-2021", "index.html")));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(_input.Output, "robots.txt")));
    }

    [Fact]
    public void The_shipped_layouts_mark_a_preview_themselves_so_nothing_is_inserted()
    {
        Build("title: 档案\n", preview: true);
        foreach (var page in new[] { "index.html", "404.html", "cppcc-2021/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(_input.Output, page));
            Assert.Single(html.Split("data-sitegen-preview")[1..]);
            Assert.Single(html.Split("content=\"noindex\"")[1..]);
        }
    }

    [Fact]
    public void A_preview_of_a_real_site_never_carries_the_publication_s_identifiers()
    {
        const string real = "https://www.bozhou.gov.cn/zxgzbg/";
        Build($"title: 档案\nbase_url: {real}\n", preview: true);
        var texts = DraftTests.Texts(_input.Output).Select(t => t.Text).ToList();
        var publishedId = ReportIdentifier.NameBasedUuid(real + "cppcc-2021/");

        Assert.DoesNotContain(texts, t => t.Contains(real, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(publishedId, StringComparison.Ordinal));
    }

    [Fact]
    public void A_local_base_url_of_the_site_s_own_is_kept_in_a_preview()
    {
        Build("base_url: http://127.0.0.1:4000/cppcc/\n", preview: true);
        Assert.Contains("<id>http://127.0.0.1:4000/cppcc/</id>", File.ReadAllText(Path.Combine(_input.Output, "feed.xml")));
    }

    [Fact]
    public void A_preview_built_into_the_published_folder_keeps_the_published_bags_and_a_publication_never_takes_its_own()
    {
        const string site = "base_url: https://www.bozhou.gov.cn/zxgzbg/\n";
        Build(site, preview: false);
        var published = Versions();
        var v1 = Assert.Single(published);

        _input.Write("r/report.md", Report.Replace("slug: cppcc-2021\n", "slug: cppcc-2021\nrevisions:\n  - date: 2021-03-01\n    note: 更正\n", StringComparison.Ordinal)
            .Replace("正文。", "更正后的正文。", StringComparison.Ordinal));
        var preview = SiteBuilder.Build(_input.Options with { BuildPdf = false, UseCache = false, Preview = true });
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics));
        var previewed = Versions();
        Assert.Equal([(1, false, v1.Sha), (2, true, previewed[1].Sha)], previewed);

        var publication = SiteBuilder.Build(_input.Options with { BuildPdf = false, UseCache = false });
        Assert.True(publication.Succeeded, string.Join("\n", publication.Diagnostics));
        var after = Versions();
        Assert.Equal([(1, false, v1.Sha), (2, false, after[1].Sha)], after);
        Assert.NotEqual(previewed[1].Sha, after[1].Sha); // made afresh, with the real identifiers
    }

    private List<(int Number, bool Preview, string Sha)> Versions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_input.Output, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("reports")[0].GetProperty("versions").EnumerateArray().Select(v => (
            v.GetProperty("version").GetInt32(),
            v.TryGetProperty("preview", out var p) && p.GetBoolean(),
            v.GetProperty("sha256").GetString()!))];
    }

    [Fact]
    public void A_publication_carries_no_preview_mark()
    {
        Build("base_url: https://www.bozhou.gov.cn/zxgzbg/\n", preview: false);
        foreach (var (name, text) in DraftTests.Texts(_input.Output))
        {
            Assert.False(text.Contains("preview", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".js", StringComparison.Ordinal)
                && !name.EndsWith(".css", StringComparison.Ordinal), name);
            Assert.DoesNotContain("预览版", text);
            Assert.DoesNotContain("localhost", text);
        }

        Assert.True(File.Exists(Path.Combine(_input.Output, "sitemap.xml")));
    }
}
