using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>The first real report: its wording kept exactly, its two conversion defects mended.</summary>
public sealed class Report2021Tests
{
    private static readonly string InputDir = Path.Combine(Reports.RepoRoot, "input");
    private const string File2021 = "cppcc-report-2021/report.md";

    private static (Report Report, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        var site = SiteGen.Site.SiteSettingsReader.Read(InputDir, bag);
        var report = SiteGen.Ingest.ReportParser.Parse(File2021, File.ReadAllText(Path.Combine(InputDir, File2021)), InputDir, site, bag);
        Assert.NotNull(report);
        return (report, bag.Sorted());
    }

    [Fact]
    public void Every_paragraph_of_the_raw_text_is_in_the_report_word_for_word()
    {
        var (report, _) = Load();
        var modelText = Squeeze(string.Join("", ReportWalker.Blocks(report).Select(TextOf)));
        var raw = Reports.RawText2021;
        var mended = raw.Replace("如实反映\n\n问题", "如实反映问题")
            .Replace("紧扣“懂\n\n\n\n委员们在听取市政协常委会工作报告。张延林 摄\n\n政协", "紧扣“懂政协");
        var paragraphs = mended.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0 && !p.StartsWith('#') && p != "(记者 任雷)");
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(Squeeze(SiteGen.Ingest.PunctuationNormalizer.Normalize(paragraph)), modelText);
        }
    }

    [Fact]
    public void No_ascii_comma_or_parenthesis_survives_beside_Chinese_text()
    {
        var (report, _) = Load();
        var raw = File.ReadAllText(Path.Combine(InputDir, File2021));
        Assert.True(raw.Count(c => c == ',') >= 142, "the source keeps its ASCII commas; only the output is normalized");
        var text = string.Join("", ReportWalker.Blocks(report).Select(TextOf)) + report.Metadata.Title;
        Assert.DoesNotMatch(new Regex(@"[,;:?!()]"), text);
        Assert.Equal("市政协常委会工作报告（摘要）", report.Metadata.Title);
    }

    [Fact]
    public void The_caption_is_a_figure_after_the_paragraph_it_interrupted()
    {
        var (report, _) = Load();
        var index = report.Blocks.IndexOf(report.Blocks.OfType<FigureBlock>().Single());
        var before = Assert.IsType<ParagraphBlock>(report.Blocks[index - 1]);
        Assert.Contains("紧扣“懂政协、会协商、善议政", InlineText.Of(before.Content));
        var figure = (FigureBlock)report.Blocks[index];
        Assert.Equal(("委员们在听取市政协常委会工作报告。", "张延林 摄"), (InlineText.Of(figure.Caption), figure.Credit));
    }

    [Fact]
    public void The_report_checks_clean_but_for_the_figure_without_its_photo()
    {
        var (report, diagnostics) = Load();
        Assert.Equal([DiagnosticCodes.FigureWithoutImage], diagnostics.Select(d => d.Code));
        Assert.Equal(("记者 任雷", "cppcc-report-2021", new DateOnly(2021, 2, 22)), (report.Metadata.Byline, report.Slug, report.Metadata.Date));
        Assert.Equal(12, report.Headings.Length);
        Assert.Equal([2, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3], report.Headings.Select(h => h.Level));
    }

    private static string TextOf(Block block) => block switch
    {
        HeadingBlock h => InlineText.Of(h.Content),
        ParagraphBlock p => InlineText.Of(p.Content),
        FigureBlock f => InlineText.Of(f.Caption) + f.Credit,
        _ => "",
    };

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}
