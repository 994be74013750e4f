using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>A code block keeps its lines and their indentation in the PDF (it used to run into one justified paragraph).</summary>
public sealed class PreformattedTests
{
    [Fact]
    public void Each_source_line_starts_a_line_and_keeps_its_leading_spaces()
    {
        var folder = Path.Combine(RenderedReport.Folder, "preformatted");
        Directory.CreateDirectory(folder);
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "code", [new TextRun("代码")], "t.md:1"),
            new PreformattedBlock("第一行 alpha\n    缩进的第二行 beta\n\n空行之后 gamma", "t.md:2"),
        };
        var info = new DocumentInfo("代码块", "作者", "机构", "说明", [], "zh-CN", new DateOnly(2021, 3, 1), "pre");

        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen with { Level1Start = SectionStart.Continue });

        Assert.Empty(result.Diagnostics);
        var path = Path.Combine(folder, "pre.pdf");
        File.WriteAllBytes(path, result.Pdf);
        var (_, text, _) = PdfTool.Run("pdftotext", "-layout", path, "-");
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.Contains("alpha", StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains("beta", StringComparison.Ordinal));
        var third = lines.FindIndex(l => l.Contains("gamma", StringComparison.Ordinal));
        Assert.True(first >= 0 && second == first + 1 && third > second + 1, string.Join('\n', lines));
        Assert.True(lines[second].IndexOf('缩') > lines[first].IndexOf('第'), "the second line keeps its indentation");
    }
}
