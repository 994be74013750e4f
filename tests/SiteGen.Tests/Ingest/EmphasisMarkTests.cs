using SiteGen.Html;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// docs/typography.md rule 14: how an emphasis is shown is decided once, at ingestion, from the report's language and
/// the emphasised text (Han: dots, Latin: italic); the web page, the EPUB and the PDFs read that one decision.
/// </summary>
public sealed class EmphasisMarkTests
{
    [Theory]
    [InlineData("zh-CN", "必须落实", EmphasisMark.Dots)]
    [InlineData("zh-CN", "Nature", EmphasisMark.Italic)]
    [InlineData("zh-CN", "The Art of Computer Programming", EmphasisMark.Italic)]
    [InlineData("zh-CN", "新冠 COVID-19", EmphasisMark.Dots)] // a run with Han in it keeps the Chinese mark throughout
    [InlineData("zh-CN", "2021", EmphasisMark.Dots)]          // figures in Chinese text: dots, as under the characters around them
    [InlineData("zh-Hant", "Café", EmphasisMark.Italic)]
    [InlineData("en", "must", EmphasisMark.Italic)]
    [InlineData("en", "汉字", EmphasisMark.Italic)]           // an English report's emphasis is italic by its language
    public void The_language_chooses_dots_for_Han_and_italic_for_Latin(string lang, string text, EmphasisMark expected) =>
        Assert.Equal(expected, HtmlLanguage.For(lang).EmphasisFor(text));

    [Fact]
    public void A_Chinese_report_marks_each_emphasis_by_its_own_text()
    {
        var report = Reports.Body("本报告引用 *Nature* 的文章，强调*必须落实*，见**加粗中的 *Science***。\n");
        var marks = Emphases(report).ToDictionary(e => InlineText.Of(e.Children), e => e.Mark);
        Assert.Equal(EmphasisMark.Italic, marks["Nature"]);
        Assert.Equal(EmphasisMark.Dots, marks["必须落实"]);
        Assert.Equal(EmphasisMark.Italic, marks["Science"]);
    }

    [Fact]
    public void An_English_report_sets_every_emphasis_in_italic()
    {
        var (report, _) = Reports.Parse("---\ntitle: Test\ndate: 2021-02-22\nlang: en\n---\nThis *must* be done.\n");
        Assert.Equal(EmphasisMark.Italic, Assert.Single(Emphases(report!)).Mark);
    }

    [Fact]
    public void Html_and_pdf_read_the_same_mark()
    {
        var report = Reports.Body("引用 *Nature* 的文章，强调*必须*。\n");
        var html = HtmlBodyWriter.Write(report).Article;
        Assert.Contains("<em class=\"italic\">Nature</em>", html);
        Assert.Contains("<em>必须</em>", html);
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), new SiteGen.Diagnostics.DiagnosticBag());
        var runs = new ReportDocumentMapper(report, editions[0], Path.GetTempPath()).Map().Blocks
            .OfType<T.ParagraphBlock>().SelectMany(p => p.Runs).OfType<T.TextRun>().ToList();
        Assert.Contains(runs, r => r is { Text: "Nature", Italic: true, Emphasis: false });
        Assert.Contains(runs, r => r is { Text: "必须", Italic: false, Emphasis: true });
    }

    [Fact]
    public void The_stylesheets_set_marked_Latin_emphasis_in_italic_without_dots()
    {
        var site = File.ReadAllText(Path.Combine(Reports.RepoRoot, "templates", "assets", "site.css"));
        var epub = File.ReadAllText(Path.Combine(Reports.RepoRoot, "src", "SiteGen", "Epub", "epub.css"));
        foreach (var css in new[] { site, epub })
        {
            var rule = css[css.IndexOf("em.italic {", StringComparison.Ordinal)..];
            rule = rule[..rule.IndexOf('}', StringComparison.Ordinal)];
            Assert.Contains("font-style: italic", rule);
            Assert.Contains("text-emphasis", rule);
            Assert.Contains("none", rule);
        }
    }

    private static IEnumerable<EmphasisInline> Emphases(Report report)
    {
        IEnumerable<EmphasisInline> Walk(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                if (inline is EmphasisInline e) yield return e;
                var children = inline switch
                {
                    EmphasisInline x => x.Children,
                    StrongInline x => x.Children,
                    LinkInline x => x.Children,
                    _ => [],
                };
                foreach (var inner in Walk(children)) yield return inner;
            }
        }
        return report.Blocks.OfType<ParagraphBlock>().SelectMany(p => Walk(p.Content));
    }
}
