using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.EndToEnd.Archive;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// Script in a report never reaches a reader: ingestion refuses it with errors and writes nothing, and when
/// hostile text gets past ingestion anyway the renderers escape it in every output file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HostileContentTests(BrowserFixture browser, HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public void Markdown_with_script_handlers_and_script_links_fails_the_build_and_writes_nothing()
    {
        using var temp = new TempDir();
        temp.File("input/site.yml", "title: 档案\nbase_url: https://www.bozhou.gov.cn/archive/\n");
        temp.File("input/bad/report.md", """
            ---
            title: 恶意报告
            date: 2021-01-01
            ---

            <script>alert(1)</script>

            段落<img src=x onerror=alert(2)>。

            请[点击](javascript:alert(3))，或看![图](javascript:alert(4))。
            """);
        var output = temp.Combine("output");

        var result = CliRun.Sitegen(temp.Path, null, "build", "--input", temp.Combine("input"), "--output", output);

        Assert.NotEqual(0, result.ExitCode);
        var printed = result.StdOut + result.StdErr;
        Assert.Contains("report.md:6:1: error", printed, StringComparison.Ordinal);
        Assert.Contains("report.md:8:", printed, StringComparison.Ordinal);
        Assert.Contains("report.md:10:", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "nothing may be written");
    }

    [Fact]
    public void No_output_file_carries_a_script_an_event_handler_or_a_script_url()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var (name, bytes) in site.Everything())
        {
            var extension = Path.GetExtension(name.Split('!')[^1]).ToLowerInvariant();
            if (extension is ".html" or ".xhtml" or ".xml" or ".opf" or ".ncx" or ".svg")
            {
                checkedFiles++;
                problems.AddRange(MarkupProblems(Encoding.UTF8.GetString(bytes)).Select(p => $"{name}: {p}"));
            }
            else if (extension is ".pdf" or ".json" or ".txt" or ".css")
            {
                checkedFiles++;
                var squeezed = Squeeze(Encoding.Latin1.GetString(bytes));
                foreach (var bad in new[] { "javascript:", "vbscript:", "/javascript", "/js(" })
                {
                    if (squeezed.Contains(bad, StringComparison.Ordinal))
                        problems.Add($"{name}: contains {bad}");
                }
            }
        }

        Assert.True(checkedFiles >= 20, $"only {checkedFiles} files checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("<p>x<script>alert(1)</script></p>", 1)]
    [InlineData("<img src=\"a.png\" onerror=\"alert(1)\" />", 1)]
    [InlineData("<a href=\" java&#9;script:alert(1)\">x</a>", 1)]
    [InlineData("<a href='vbscript:x' onclick=y>x</a>", 2)]
    [InlineData("<a title=\"&quot; onclick=alert(1) href=javascript:x\" href=\"#a\">&lt;script&gt;</a>", 0)]
    [InlineData("<script type=\"application/ld+json\">{}</script>", 0)]
    public void The_markup_scan_finds_what_it_should_and_nothing_else(string markup, int expected)
    {
        Assert.Equal(expected, MarkupProblems(markup).Count());
    }

    [ToolFact(Tool.Chromium)]
    public async Task Hostile_text_is_shown_as_text_and_nothing_runs_in_a_browser()
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(site.Root);
        foreach (var page in site.HtmlPages)
        {
            var context = await session.NewContextAsync();
            try
            {
                var tab = await context.NewPageAsync();
                var dialogs = new List<string>();
                tab.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
                await tab.GotoAsync(server.UrlFor(page), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                foreach (var element in await tab.QuerySelectorAllAsync("a, img, figure, td, th, h1, h2, h3, li, p, span"))
                {
                    await element.HoverAsync(new ElementHandleHoverOptions { Force = true, Timeout = 2_000 }).ContinueWith(_ => { });
                }

                var found = await tab.EvaluateAsync<string[]>("""
                    () => {
                      const bad = [];
                      for (const s of document.scripts) if (s.type !== 'application/ld+json' && !(s.text === '' && ['/assets/search.js', '/assets/reader.js'].some(own => s.src === new URL(own, location.href).href))) bad.push('script ' + s.outerHTML.slice(0, 80));
                      for (const e of document.querySelectorAll('*')) for (const a of e.attributes) {
                        const v = a.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
                        if (a.name.startsWith('on')) bad.push('handler ' + a.name + ' on <' + e.localName + '>');
                        if (/^(javascript|vbscript|data):/.test(v) && a.name !== 'content') bad.push(a.name + '=' + v.slice(0, 40));
                      }
                      return bad;
                    }
                    """);
                Assert.True(found.Length == 0, $"{page}:\n" + string.Join("\n", found));
                Assert.Empty(dialogs);
                if (page != "404.html")
                {
                    var text = await tab.InnerTextAsync("body");
                    Assert.Contains("<script>alert(1)</script><img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }
    }

    [ToolFact(Tool.Java | Tool.Vnu)]
    public void Hostile_pages_remain_valid_html()
    {
        var errors = VnuChecker.Check(site.HtmlPages.Select(p => Path.Combine(site.Root, p)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The site's own scripts (search, reader), from the shared assets folder by a relative path, and nothing else.</summary>
    private static bool IsSiteSearch(Dictionary<string, string> attributes) =>
        attributes.Count == 2 && attributes.GetValueOrDefault("defer") == "defer"
        && attributes.GetValueOrDefault("src") is { } src && SiteSearchSrc().IsMatch(src);

    [GeneratedRegex(@"^(\.\./)*assets/(search|reader)\.js$")]
    private static partial Regex SiteSearchSrc();

    /// <summary>Start tags with an event handler or a script element (JSON-LD data blocks excepted), and URL attributes with a script scheme.</summary>
    private static IEnumerable<string> MarkupProblems(string markup)
    {
        foreach (Match tag in StartTag().Matches(markup))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attr"].Captures.Select(c => Attribute().Match(c.Value))
                .ToDictionary(a => a.Groups["name"].Value.ToLowerInvariant(), a => WebUtility.HtmlDecode(a.Groups["value"].Value));
            if (name == "script" && attributes.GetValueOrDefault("type") != "application/ld+json" && !IsSiteSearch(attributes))
                yield return "script element " + tag.Value;
            foreach (var (attribute, value) in attributes)
            {
                if (attribute.StartsWith("on", StringComparison.Ordinal))
                    yield return "event handler " + tag.Value;
                var squeezed = Squeeze(value);
                if (UrlAttributes.Contains(attribute) && (squeezed.StartsWith("javascript:", StringComparison.Ordinal)
                    || squeezed.StartsWith("vbscript:", StringComparison.Ordinal) || squeezed.StartsWith("data:text", StringComparison.Ordinal)))
                    yield return "script URL " + tag.Value;
            }
        }
    }

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "data", "cite"];

    private static string Squeeze(string text) =>
        new string(text.Where(c => c > ' ' && c != '\u007F').ToArray()).ToLowerInvariant();

    // A start tag as the renderers write it: name, then attributes with double-, single- or un-quoted values.
    [GeneratedRegex(@"<(?<name>[a-zA-Z][^\s/>]*)(?<attr>\s+[^\s/>=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>""']+))?)*\s*/?>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"^\s+(?<name>[^\s/>=]+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+)))?$")]
    private static partial Regex Attribute();
}
