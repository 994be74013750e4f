using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// A long build sets many reports, each with its own character set. The subsets must not pile up for the
/// life of the process, and forgetting them (and PDFsharp's font caches) must not change a single byte.
/// </summary>
public sealed class FontMemoryTests
{
    private const string Hanzi = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";

    [Fact]
    public void Subsets_of_many_reports_are_let_go_and_output_stays_byte_identical()
    {
        var first = Render("基准报告甲乙丙丁");
        for (var i = 0; i < FontMemory.MaxSubsets + 6; i++)
        {
            // Each document draws a different pair of characters, so each needs subsets of its own.
            Render($"第{i}篇" + Hanzi[(i * 2) % Hanzi.Length] + Hanzi[(i * 2 + 1) % Hanzi.Length]);
            Assert.True(SubsetCache.Count <= FontMemory.MaxSubsets + 8, $"{SubsetCache.Count} subsets kept");
        }

        Assert.Equal(first, Render("基准报告甲乙丙丁"));
    }

    private static byte[] Render(string text)
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "h", [new TextRun(text)], "t.md:1"),
            new ParagraphBlock([new TextRun(text + "。"), new TextRun("加粗", Bold: true)], "t.md:2", "p1"),
        };
        var info = new DocumentInfo(text, "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "memory/" + text);
        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen with { Level1Start = SectionStart.Continue });
        Assert.Empty(result.Diagnostics);
        return result.Pdf;
    }
}
