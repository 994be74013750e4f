using System.Text.RegularExpressions;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Html;

namespace SiteGen.EndToEnd.Content;

/// <summary>
/// Nothing lost: every unit of every report's body (paragraph, heading, list item, table cell, caption, note,
/// code) reaches the web page, the EPUB and each PDF edition, for every input the suite builds from Markdown:
/// the real report, the rich sample and a report with every block nested. (The hostile site is poisoned
/// after ingestion, so its source is not its text.)
/// </summary>
public sealed partial class NothingLostTests(RealInputSite real, RichSampleSite rich, EveryBlockSite every)
    : IClassFixture<RealInputSite>, IClassFixture<RichSampleSite>, IClassFixture<EveryBlockSite>
{
    /// <summary>Footnote numbers and back-link marks inside a paragraph.</summary>
    private const int PageGap = 40;

    /// <summary>A page break: running head, page number and the page's notes (a large-print page holds fewer letters).</summary>
    private const int PdfGap = 1500;

    [ToolFact(Tool.Poppler)]
    public void Every_unit_of_every_report_reaches_every_format()
    {
        var missing = new List<string>();
        var checkedUnits = 0;
        foreach (var site in new BuiltSite[] { real, rich, every })
        {
            foreach (var source in Directory.GetFiles(site.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var markdown = File.ReadAllText(source);
                var slug = SlugOf(markdown, Path.GetRelativePath(site.Input, source));
                var formats = new List<(string Name, string Text, int Gap)>
                {
                    ("html", OutputText.Html(site.Read($"{slug}/index.html")), PageGap),
                    ("epub", OutputText.Epub(Path.Combine(site.Root, slug, $"{slug}.epub")), PageGap),
                };
                formats.AddRange(Directory.GetFiles(Path.Combine(site.Root, slug), "*.pdf").Order(StringComparer.Ordinal)
                    .Select(pdf => (Path.GetFileName(pdf), OutputText.Pdf(pdf), PdfGap)));
                Assert.Equal(5, formats.Count);
                foreach (var unit in SourceText.Units(markdown))
                {
                    checkedUnits++;
                    foreach (var (name, text, gap) in formats)
                    {
                        if (!UnitMatcher.Contains(text, unit, gap))
                        {
                            missing.Add($"{slug} {name}: {(unit.Length > 40 ? unit[..40] + "…" : unit)}");
                        }
                    }
                }
            }
        }

        Assert.True(checkedUnits > 100, $"only {checkedUnits} units were checked");
        Assert.True(missing.Count == 0, $"{missing.Count} units missing:\n" + string.Join("\n", missing.Take(40)));
    }

    [Fact]
    public void The_matcher_finds_a_unit_across_a_page_break_and_misses_a_dropped_one()
    {
        var unit = TextFold.Fold("委员们深入基层开展调研视察，形成调研报告。");
        Assert.True(UnitMatcher.Contains(TextFold.Fold("前文。委员们深入基层开展 12 政协工作报告 调研视察，形成调研报告。后文"), unit, 40));
        Assert.False(UnitMatcher.Contains(TextFold.Fold("前文。委员们深入基层开展。后文。形成调研报告。"), unit, 40));
        Assert.False(UnitMatcher.Contains(TextFold.Fold("委员们深入基层开展" + new string('甲', 50) + "调研视察，形成调研报告。"), unit, 40));
        Assert.Equal(["导语强调", "fenced"], SourceText.Units("---\ntitle: x\n---\n导语*强调*![图](a.png)[^1]。\n\n```\nfenced\n```\n\n[^1]: \n"));
    }

    private static string SlugOf(string markdown, string relativePath) =>
        SlugLine().Match(markdown) is { Success: true } m ? m.Groups[1].Value : SiteGen.Ingest.ReportParser.DefaultSlug(relativePath);

    [GeneratedRegex(@"^slug:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SlugLine();
}
