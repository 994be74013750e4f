using System.Text.RegularExpressions;
using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Layout;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// docs/typography.md rule 21: a code block is set in the edition's monospace faces, keeps its lines and spaces, is never
/// justified, wraps an overlong line with a continuation mark instead of clipping it, and is tagged P &gt; Code.
/// </summary>
public sealed class CodeBlockTests
{
    private const string LongLine = "url: \"https://example.org/a/really/long/path/that/does/not/fit/on/one/line/of/the/page/at/all/index.html\"";

    private static readonly DocumentInfo Info = new("代码块", "作者", "机构", "说明", [], "zh-CN", new DateOnly(2021, 3, 1), "pre");

    private static List<Block> Blocks(string code) =>
    [
        new HeadingBlock(1, "code", [new TextRun("代码")], "t.md:1"),
        new ParagraphBlock([new TextRun("下面是一段配置：")], "t.md:2"),
        new PreformattedBlock(code, "t.md:3"),
        new ParagraphBlock([new TextRun("代码之后的正文。")], "t.md:9"),
    ];

    private static string Pdf(string name, string code, EditionSettings settings)
    {
        var result = Typesetter.Render(new TypesetDocument(Info, Blocks(code)), settings);
        Assert.Empty(result.Diagnostics);
        var folder = Path.Combine(RenderedReport.Folder, "code");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(path, result.Pdf);
        return path;
    }

    [Fact]
    public void Each_source_line_starts_a_line_and_keeps_its_leading_spaces()
    {
        var path = Pdf("pre", "第一行 alpha\n    缩进的第二行 beta\n\n空行之后 gamma", RenderedReport.Screen with { Level1Start = SectionStart.Continue });
        var (_, text, _) = PdfTool.Run("pdftotext", "-layout", path, "-");
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.Contains("alpha", StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains("beta", StringComparison.Ordinal));
        var third = lines.FindIndex(l => l.Contains("gamma", StringComparison.Ordinal));
        Assert.True(first >= 0 && second == first + 1 && third > second + 1, string.Join('\n', lines));
        Assert.True(lines[second].IndexOf('缩') > lines[first].IndexOf('第'), "the second line keeps its indentation");
    }

    [Fact]
    public void Code_is_set_in_the_monospace_faces_and_tagged_as_Code_inside_a_paragraph()
    {
        var path = Pdf("mono", "title: 报告档案\n  - abcd    1234", RenderedReport.Screen with { Level1Start = SectionStart.Continue });
        var (_, fonts, _) = PdfTool.Run("pdffonts", path);
        Assert.Contains("NotoSansMonoCJKSC", fonts);
        var (_, structure, _) = PdfTool.Run("pdfinfo", "-struct-text", path);
        var code = Regex.Match(structure, "(?m)^(\\s*)P \\(block\\)\\n\\1\\s+Code \\(inline\\)\\n((?:\\s*\"[^\"]*\"\\n)+)");
        Assert.True(code.Success, structure);
        var lines = code.Groups[2].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Trim('"')).ToList();
        Assert.Equal(["title: 报告档案", "  - abcd    1234"], lines); // spaces are text, so a copy keeps the indentation

        // pdf.js, as a browser's viewer reads it: a Code element under a P, and the code's text.
        var inspected = PdfJs.Inspect(path);
        var roles = new List<(string Role, string Parent)>();
        void Walk(System.Text.Json.JsonElement node, string parent)
        {
            var role = node.TryGetProperty("role", out var r) ? r.GetString() ?? "" : "";
            if (role.Length > 0) roles.Add((role, parent));
            if (node.TryGetProperty("children", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child, role.Length > 0 ? role : parent);
        }
        foreach (var page in inspected.GetProperty("pages").EnumerateArray())
            if (page.GetProperty("structTree").ValueKind == System.Text.Json.JsonValueKind.Object) Walk(page.GetProperty("structTree"), "");
        Assert.Contains(("Code", "P"), roles);
        Assert.Matches("title: 报告档案\\s*- abcd\\s+1234", PdfJs.Text(inspected)); // pdf.js folds runs of spaces; poppler above keeps them
    }

    [Fact]
    public void A_Han_character_takes_exactly_two_Latin_columns_so_mixed_lines_line_up()
    {
        var measurer = new FontSetMeasurer(new EditionSettings());
        var style = new TextStyle(FontRole.Code, false, 10);
        double Width(string s) => s.EnumerateRunes().Sum(r => measurer.AdvanceEm(measurer.FaceFor(style, r.Value)!, r.Value));
        Assert.Equal(Width("abcd"), Width("名称"), 6);
        Assert.Equal(Width("    "), Width("i;W,"), 6);
    }

    [Fact]
    public void An_overlong_line_wraps_with_a_continuation_mark_and_loses_nothing()
    {
        var settings = RenderedReport.Screen with { Level1Start = SectionStart.Continue, RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None };
        var canvas = new RecordingCanvas();
        var measurer = new FontSetMeasurer(settings);
        var result = Typesetter.Layout(new TypesetDocument(Info, Blocks("short: 1\n" + LongLine)), settings, canvas, measurer);
        Assert.Empty(result.Diagnostics);
        var context = new LayoutContext(measurer, settings, new TypesetDocument(Info, []));
        var right = context.LeftMargin(1) + context.TextWidth;
        var code = canvas.Texts.Where(t => Math.Abs(t.Size - settings.CodePoints) < 1e-9).ToList();
        // Every character of the long line is drawn, in order, on two lines; the break is after a '/', inside the measure.
        var drawn = string.Concat(code.Select(t => t.Text));
        Assert.Equal("short: 1" + LongLine, drawn);
        var baselines = code.Select(t => t.Baseline).Distinct().ToList();
        Assert.Equal(3, baselines.Count);
        var wrapped = code.Where(t => t.Baseline == baselines[1]).Select(t => t.Text).Single();
        Assert.EndsWith("/", wrapped);
        var face = measurer.FaceFor(new TextStyle(FontRole.Code, false, settings.CodePoints), 'a')!;
        foreach (var t in code)
        {
            var width = t.Text.EnumerateRunes().Sum(r => measurer.AdvanceEm(face, r.Value)) * t.Size;
            Assert.True(t.X + width <= right + 1e-6, $"\"{t.Text}\" runs {t.X + width - right:0.##} pt past the margin");
        }
        // The continuation mark: four strokes (stem, bar, arrowhead) in an artifact on the wrapped line, none on the last.
        var log = canvas.Pages.SelectMany(p => p).ToList();
        var start = log.FindIndex(l => l.EndsWith(" " + wrapped, StringComparison.Ordinal));
        var artifact = log.Skip(start).TakeWhile(l => l != "</artifact>").ToList();
        Assert.Contains("<artifact>", artifact);
        Assert.Equal(5, artifact.Count(l => l.StartsWith("line ", StringComparison.Ordinal))); // the listing's rule + the mark
        var last = log.FindIndex(start + 1, l => l.StartsWith("text ", StringComparison.Ordinal));
        Assert.Equal(1, log.Skip(last).TakeWhile(l => l != "</artifact>").Count(l => l.StartsWith("line ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Code_is_never_justified_and_keeps_its_spaces()
    {
        var settings = RenderedReport.Screen with { Level1Start = SectionStart.Continue };
        var canvas = new RecordingCanvas();
        Typesetter.Layout(new TypesetDocument(Info, Blocks("a = 1\nlonger_name    = 2")), settings, canvas, new FixedWidthMeasurer());
        var code = canvas.Texts.Where(t => Math.Abs(t.Size - settings.CodePoints) < 1e-9).ToList();
        Assert.Equal(["a = 1", "longer_name    = 2"], code.Select(t => t.Text));
        Assert.Equal(code[0].X, code[1].X, 6);
    }

    [Fact]
    public void Large_print_sets_code_at_body_size()
    {
        var large = RenderedReport.Screen with { BodySize = 18, MinTextSize = 18, Level1Start = SectionStart.Continue };
        var canvas = new RecordingCanvas();
        Typesetter.Layout(new TypesetDocument(Info, Blocks("x = 1")), large, canvas, new FixedWidthMeasurer());
        Assert.Equal(18, canvas.Texts.Single(t => t.Text == "x = 1").Size);
    }
}
