using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Characters outside the Basic Multilingual Plane (names and places use CJK Extensions B–G) must copy back as
/// themselves: ToUnicode holds UTF-16 surrogate pairs. Read back by poppler and by pdf.js.
/// </summary>
public sealed class SupplementaryPlaneTests
{
    // One each from Ext B (𠮷), C, D, E, F and G, all in Noto Serif CJK SC, which sets the body.
    private static readonly string[] Characters = ["\U00020BB7", "\U0002A7DD", "\U0002B746", "\U0002CE18", "\U0002D544", "\U0003106C"];

    private static string Render()
    {
        var text = "吉野家的" + string.Join("和", Characters) + "字。";
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "h", [new TextRun("扩展区汉字" + Characters[0])], "t.md:1"),
            new ParagraphBlock([new TextRun(text)], "t.md:2", "p1"),
        };
        var info = new DocumentInfo("扩展区", "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "supplementary");
        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen);
        Assert.Empty(result.Diagnostics);
        var folder = Directory.CreateTempSubdirectory("sitegen-smp-");
        var path = Path.Combine(folder.FullName, "smp.pdf");
        File.WriteAllBytes(path, result.Pdf);
        return path;
    }

    [Fact]
    public void Poppler_and_pdfjs_extract_ext_b_to_g_characters_as_themselves()
    {
        var path = Render();
        try
        {
            var (_, popplerText, _) = PdfTool.Run("pdftotext", "-enc", "UTF-8", path, "-");
            var pdfJsText = PdfJs.Text(PdfJs.Inspect(path));
            foreach (var c in Characters)
            {
                Assert.Contains(c, popplerText);
                Assert.Contains(c, pdfJsText);
            }
            Assert.Contains("扩展区汉字\U00020BB7", popplerText.Replace(" ", ""));
            Assert.Contains("\U0002A7DD和\U0002B746", pdfJsText);
            // No stray BMP halves: U+20BB is what a five-digit destination used to give.
            Assert.DoesNotContain("\u20BB", popplerText);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Rewritten_cmap_keeps_bmp_mappings_and_writes_surrogate_pairs()
    {
        const string cmap = "begincmap\n1 begincodespacerange\n<0001><0FFF>\nendcodespacerange\n2 beginbfrange\n<0005><0005><4E00>\n<0007><0007><20BB7>\nendbfrange\nendcmap\n";
        var rewritten = SiteGen.Typesetting.Pdf.ToUnicodeFix.Rewrite(cmap);
        Assert.Contains("<0005><4E00>", rewritten);
        Assert.Contains("<0007><D842DFB7>", rewritten);
        Assert.Contains("2 beginbfchar", rewritten);
        Assert.DoesNotContain("<20BB7>", rewritten);
        var bmpOnly = cmap.Replace("2 beginbfrange", "1 beginbfrange").Replace("<0007><0007><20BB7>\n", "");
        Assert.Equal(bmpOnly, SiteGen.Typesetting.Pdf.ToUnicodeFix.Rewrite(bmpOnly));
    }
}
