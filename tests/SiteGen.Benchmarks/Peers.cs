namespace SiteGen.Benchmarks;

/// <summary>The other tools, on the same reports: pandoc and Hugo for HTML, WeasyPrint and Chromium for one PDF.</summary>
public static class Peers
{
    public static IReadOnlyList<string> PandocAll(string input, string output)
    {
        Directory.CreateDirectory(output);
        // One pandoc process per report, as a site made with pandoc would be built; the loop is one timed process.
        return ["bash", "-c", $"set -e; for f in \"{input}\"/*/report.md; do pandoc -s -f markdown -t html5 \"$f\" -o \"{output}/$(basename \"$(dirname \"$f\")\").html\"; done"];
    }

    public static IReadOnlyList<string> PandocOne(string report, string html) =>
        ["pandoc", "-s", "-f", "markdown", "-t", "html5", "--metadata", "lang=zh-CN", report, "-o", html];

    /// <summary>A minimal Hugo site holding the same reports as pages (plain layouts, default feed and sitemap).</summary>
    public static IReadOnlyList<string> Hugo(string input, string site)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        var content = Path.Combine(site, "content", "reports");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "config.toml"),
            "baseURL = 'https://example.org/'\nlanguageCode = 'zh-CN'\ntitle = 'Benchmark'\ndisableKinds = ['taxonomy', 'term']\n");
        const string Page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), Page + "<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), Page + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "index.html"), Page + "<ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        foreach (var report in Directory.EnumerateFiles(input, "report.md", SearchOption.AllDirectories))
        {
            File.Copy(report, Path.Combine(content, Path.GetFileName(Path.GetDirectoryName(report)!) + ".md"));
        }

        return ["hugo", "--quiet", "-s", site, "-d", Path.Combine(site, "public")];
    }

    public static IReadOnlyList<string> WeasyPrint(string html, string pdf) => ["weasyprint", html, pdf];

    /// <summary>
    /// Typst 0.14 (npm typst-ts-node-compiler, installed by run.sh into tools/) sets the report from Typst markup
    /// (<see cref="TypstSource"/>) with fonts from the Noto CJK and DejaVu folders only: the faces SiteGen uses.
    /// </summary>
    public static IReadOnlyList<string> Typst(string repo, string report, string source, string pdf)
    {
        File.WriteAllText(source, TypstSource.FromMarkdown(File.ReadAllText(report)));
        var script = Path.Combine(repo, "tests", "SiteGen.Benchmarks", "tools", "typst-pdf.mjs");
        return ["node", script, source, pdf, FontFolder("NotoSerifCJK-Regular.ttc"), FontFolder("DejaVuSans.ttf")];
    }

    /// <summary>The folder holding a font file, as fontconfig knows it (the same file SiteGen would find).</summary>
    private static string FontFolder(string file)
    {
        var found = Machine.Output("fc-list", "-f", "%{file}\\n")?.Split('\n').FirstOrDefault(f => f.EndsWith("/" + file, StringComparison.Ordinal));
        return found is null ? "/usr/share/fonts" : Path.GetDirectoryName(found)!;
    }

    public static IReadOnlyList<string> Chromium(string html, string pdf, string profile) =>
    [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        $"--user-data-dir={profile}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
    ];
}
