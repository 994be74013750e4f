using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Tests.Support;
using SiteGen.Typesetting;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// The typographic constants live in the edition files (docs/typography.md, "Edition settings"); a mistake in one is a
/// located diagnostic, and the shipped large-print file keeps every text element at least at body size.
/// </summary>
public sealed class EditionTypographyTests
{
    internal static string Shipped(string name) => File.ReadAllText(Path.Combine(Reports.RepoRoot, "templates", "editions", name + ".yml"));

    [Fact]
    public void Every_shipped_edition_names_its_typographic_constants()
    {
        foreach (var name in new[] { "screen", "print", "large-print" })
        {
            var yaml = Shipped(name);
            foreach (var key in new[] { "code-fonts:", "italic-fonts:", "indent-em:", "quote-indent-em:", "latin-indent-em:", "quote-space:", "code-space:", "code-indent-em:", "heading-leading:",
                         "footnote-leading:", "footnote-gap-em:", "caption-leading:", "heading-space-before:", "heading-space-after:", "code-size:", "footnote-size:" })
                Assert.True(yaml.Contains("\n" + key, StringComparison.Ordinal), $"{name}.yml has no {key}");
        }
    }

    [Fact]
    public void A_misspelt_setting_is_reported_at_its_line()
    {
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse("name: x\nbody-size: 10\nheading-spce-before: 1\n", "templates/editions/x.yml", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(3, d.Location.Line);
        Assert.Equal(DiagnosticCodes.InvalidEditionFile, d.Code);
    }

    [Fact]
    public void An_italic_family_without_an_italic_face_is_reported_at_its_line()
    {
        var yaml = Shipped("screen").Replace("italic-fonts: [DejaVu Serif]", "italic-fonts: [DejaVu Serif, Noto Sans CJK SC]", StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse(yaml, "templates/editions/screen.yml", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Contains("Noto Sans CJK SC", d.Message);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("italic-fonts:", StringComparison.Ordinal)) + 1, d.Location.Line);
    }

    [Fact]
    public void A_misspelt_code_font_is_reported_at_its_line()
    {
        var yaml = Shipped("print").Replace("Noto Sans Mono CJK SC,", "Noto Sans Mnoo CJK SC,", StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse(yaml, "templates/editions/print.yml", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Contains("code-fonts", d.Message);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("code-fonts:", StringComparison.Ordinal)) + 1, d.Location.Line);
    }

    [Theory]
    [InlineData("heading-leading: 1.5", "heading-leading: 0.5")]
    [InlineData("indent-em: 2", "indent-em: -2")]
    [InlineData("code-size: 9.5", "code-size: 2")]
    [InlineData("quote-space: 0.5", "quote-space: -1")]
    [InlineData("footnote-gap-em: 0.5", "footnote-gap-em: -1")]
    [InlineData("code-space: 0.5", "code-space: 5")]
    [InlineData("latin-indent-em: 1", "latin-indent-em: -1")]
    public void A_setting_out_of_range_is_refused(string good, string bad)
    {
        var yaml = Shipped("screen");
        Assert.Contains(good, yaml);
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse(yaml.Replace(good, bad, StringComparison.Ordinal), "templates/editions/screen.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Message.Contains(bad.Split(':')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void The_edition_settings_reach_the_page()
    {
        var bag = new DiagnosticBag();
        var wide = EditionSettingsLoader.Parse(Shipped("screen").Replace("indent-em: 2", "indent-em: 3", StringComparison.Ordinal), "screen.yml", bag)!;
        var normal = EditionSettingsLoader.Parse(Shipped("screen"), "screen.yml", bag)!;
        Assert.Empty(bag.Sorted());
        double FirstX(PdfEdition e)
        {
            var canvas = Lay(e, "正文第一段。\n");
            return canvas.Texts.First(t => t.Text == "正").X;
        }
        Assert.Equal(normal.Settings.BodySize, FirstX(wide) - FirstX(normal), 3);
    }

    [Fact]
    public void Large_print_sets_every_text_element_of_a_report_at_least_at_body_size()
    {
        var bag = new DiagnosticBag();
        var large = EditionSettingsLoader.Parse(Shipped("large-print"), "templates/editions/large-print.yml", bag)!;
        Assert.Empty(bag.Sorted());
        var body = large.Settings.BodySize;
        Assert.Equal(body, large.Settings.MinTextSize);
        var canvas = Lay(large, string.Concat(Enumerable.Repeat("正文段落，引用 *Nature* 与`code`。[^1]\n\n", 30))
            + "## 第一部分\n\n| 表头 | 数值 |\n|---|---|\n| 表格 | 12 |\n\n```\n代码 code\n```\n\n^^^\n^^^ 图片说明文字\n\n[^1]: 注释文字。\n");
        var sizes = canvas.Pages.SelectMany(p => p).Where(l => l.StartsWith("text ", StringComparison.Ordinal))
            .Select(l => (Line: l, Size: double.Parse(l.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        // The note's reference mark is a superscript (60 % of its text), not a text element.
        var small = sizes.Where(s => s.Size < body - 1e-9 && !s.Line.EndsWith(" 1", StringComparison.Ordinal)).ToList();
        Assert.True(small.Count == 0, string.Join("\n", small.Take(5).Select(s => s.Line)));
        foreach (var piece in new[] { " 注", " 表", " 代码 code", " 图", " 测" }) // note, table, code, caption, running head
            Assert.Contains(sizes, s => s.Line.Contains(piece, StringComparison.Ordinal));
    }

    [Fact]
    public void Large_print_headings_of_the_2021_report_are_ragged_and_break_after_a_mark()
    {
        var canvas = Lay2021("large-print");
        var log = canvas.Pages.SelectMany(p => p).ToList();
        var twoLine = 0;
        for (var i = 0; i < log.Count; i++)
        {
            if (!Regex.IsMatch(log[i], "^<H[2-6]>$")) continue;
            var texts = log.Skip(i + 1).TakeWhile(l => l != "</>").Where(l => l.StartsWith("text ", StringComparison.Ordinal))
                .Select(l => l.Split(' ', 5)).Select(f => (X: D(f[1]), Baseline: D(f[2]), Size: D(f[3]), Text: f[4])).ToList();
            var lines = texts.GroupBy(t => t.Baseline).Select(g => g.ToList()).ToList();
            // Ragged: the characters of a heading line stand exactly one em apart, never spread to fill the measure.
            foreach (var line in lines)
                foreach (var (a, b) in line.Zip(line.Skip(1)))
                    if (a.Text.Length == 1 && char.IsAsciiLetterOrDigit(a.Text[0]) == false && b.Text.Length == 1 && "，、：；".IndexOf(a.Text[0]) < 0)
                        Assert.True(b.X - a.X <= a.Size + 1e-6, $"'{a.Text}{b.Text}' {b.X - a.X:0.##} pt apart in a {a.Size} pt heading");
            if (lines.Count < 2) continue;
            twoLine++;
            var end = lines[0][^1].Text;
            Assert.True("，、：；".Contains(end, StringComparison.Ordinal), $"a heading's first line ends in '{end}', inside a phrase");
        }
        Assert.True(twoLine >= 3, $"only {twoLine} two-line headings: the test would prove nothing");
    }

    [Fact]
    public void The_print_edition_keeps_the_2021_lead_paragraph_on_the_first_parts_page()
    {
        var canvas = Lay2021("print");
        var lead = canvas.Texts.First(t => t.Text == "午").Page; // 上午, the lead's first line (月 is on the cover too)
        var part = canvas.Destinations.First(d => d.Name == "2020年工作回顾").Page;
        Assert.Equal(part, lead);
        Assert.Equal(1, part % 2); // a right-hand page
    }

    private static double D(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static RecordingCanvas Lay2021(string edition)
    {
        var input = Path.Combine(Reports.RepoRoot, "input");
        var bag = new DiagnosticBag();
        var report = SiteGen.Ingest.ReportParser.Parse("cppcc-report-2021/report.md", File.ReadAllText(Path.Combine(input, "cppcc-report-2021", "report.md")), input, SiteGen.Site.SiteSettings.Default, bag)!;
        var settings = EditionSettingsLoader.Parse(Shipped(edition), edition + ".yml", bag)!;
        var document = new ReportDocumentMapper(report, settings, input).Map();
        var canvas = new RecordingCanvas();
        Typesetter.Layout(document, settings.Settings, canvas, new FixedWidthMeasurer());
        return canvas;
    }

    internal static RecordingCanvas Lay(PdfEdition edition, string body)
    {
        var report = Reports.Body(body);
        var document = new ReportDocumentMapper(report, edition, Path.GetTempPath()).Map();
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(document, edition.Settings, canvas, new FixedWidthMeasurer());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == T.Severity.Error);
        return canvas;
    }
}
