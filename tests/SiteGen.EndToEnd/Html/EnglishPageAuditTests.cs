using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// An English page read in Chromium after its scripts ran: every text node with Han characters sits in an element
/// whose language is Chinese, and so does every accessible name or tooltip (aria-label, title, alt, placeholder) with
/// them. So a screen reader switches voice for the Chinese, and every interface string in English context is English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishPageAuditTests(BrowserFixture browser, RichSampleSite richSite, EnglishSite englishSite) : IClassFixture<RichSampleSite>, IClassFixture<EnglishSite>
{
    private const string Audit = """
        () => {
          const han = /\p{Script=Han}/u;
          const langOf = el => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
          const where = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
          const bad = [];
          let checked = 0;
          const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('script, style') || n.data.trim() === '') continue;
            checked++;
            if (han.test(n.data) && !langOf(el).startsWith('zh')) bad.push(`text in ${where(el)} (lang "${langOf(el)}"): ${n.data.trim().slice(0, 40)}`);
          }
          for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
            for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
              const value = el.getAttribute(name);
              if (value && han.test(value) && !langOf(el).startsWith('zh')) bad.push(`${name} of ${where(el)} (lang "${langOf(el)}"): ${value.slice(0, 40)}`);
            }
          }
          return JSON.stringify({ bad, checked, lang: document.documentElement.lang });
        }
        """;

    [ToolFact(Tool.Chromium)]
    public Task An_english_report_on_a_chinese_site_marks_every_chinese_string() => AuditAsync(richSite.Root, "english-2019/index.html");

    [ToolFact(Tool.Chromium)]
    public Task An_english_sites_home_page_marks_every_chinese_string() => AuditAsync(englishSite.Root, "index.html");

    [ToolFact(Tool.Chromium)]
    public Task An_english_report_on_an_english_site_marks_every_chinese_string() => AuditAsync(englishSite.Root, "english-2019/index.html");

    private async Task AuditAsync(string root, string pagePath)
    {
        var session = await browser.GetSessionAsync();
        using var server = StaticSiteServer.Start(root);
        var context = await session.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.UrlFor(pagePath));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            // The search box is the one part scripts fill in on use: open it so its strings are audited too.
            if (await page.QuerySelectorAsync("input[type=search]") is { } search)
            {
                await search.FillAsync("review");
                await page.WaitForTimeoutAsync(500);
            }

            var result = System.Text.Json.JsonSerializer.Deserialize<AuditResult>(await page.EvaluateAsync<string>(Audit),
                new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            Assert.StartsWith("en", result.Lang, StringComparison.Ordinal);
            Assert.True(result.Checked > 10, $"only {result.Checked} text nodes on {pagePath}");
            Assert.True(result.Bad.Length == 0, $"{pagePath}: Chinese outside a zh element:\n" + string.Join("\n", result.Bad));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public sealed record AuditResult(string[] Bad, int Checked, string Lang);
}

/// <summary>A site whose language is English, holding an English report and a Chinese one.</summary>
public sealed class EnglishSite : BuiltSite
{
    private readonly TempDir _input;

    public EnglishSite()
        : this(Create())
    {
    }

    private EnglishSite(TempDir input)
        : base(input.Path) => _input = input;

    public override void Dispose()
    {
        base.Dispose();
        _input.Dispose();
    }

    private static TempDir Create()
    {
        var input = new TempDir();
        input.File("site.yml", "title: Sample Archive\nbase_url: https://reports.sample-committee.org.uk/\npublisher: Sample Publisher\nlanguage: en\n");
        input.File("english/report.md", """
            ---
            title: Annual review
            subtitle: A sample in English
            date: 2019-03-01
            lang: en
            slug: english-2019
            organization: Sample Committee
            author: Jane Doe
            ---

            An opening paragraph with *emphasis* and a note.[^a]

            ## Review

            Text of the review, with a table:

            | Item | Count |
            |:-----|------:|
            | Proposals | 328 |

            [^a]: The note.
            """);
        input.File("chinese/report.md", """
            ---
            title: 示例报告
            date: 2020-05-01
            lang: zh-CN
            slug: rich-2020
            organization: 示例委员会
            author: 张三
            ---

            导语段落。

            ## 第一部分

            正文段落。
            """);
        return input;
    }
}
