using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>PDF/UA-1 details read back through pdf.js and poppler: structure, header scope, identifier, outline, page labels.</summary>
public sealed class AccessibilityTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void Toc_holds_only_toc_items_and_the_cover_title_is_the_first_h1()
    {
        var roles = StructRoles(PdfJs.Inspect(report.ScreenPath));
        var toc = roles.Where(r => r.Parent == "TOC").Select(r => r.Role).ToList();
        Assert.NotEmpty(toc);
        Assert.All(toc, r => Assert.Equal("TOCI", r));
        var (_, structure, _) = PdfTool.Run("pdfinfo", "-struct-text", report.ScreenPath);
        var firstH1 = Regex.Match(structure, "(?m)^\\s*H1 \\(block\\)\\n\\s*\"([^\"]*)\"");
        Assert.True(firstH1.Success, structure[..Math.Min(600, structure.Length)]);
        Assert.Equal("亳州政协2021", firstH1.Groups[1].Value.Replace(" ", ""));
    }

    [Fact]
    public void Header_cells_have_column_scope()
    {
        var raw = System.Text.Encoding.Latin1.GetString(report.ScreenResult.Pdf);
        var headers = Regex.Matches(raw, "<</Type/StructElem[^>]*?/S/TH/[^\\n]*");
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.Contains("/A<</O/Table/Scope/Column>>", h.Value));
    }

    [Fact]
    public void Xmp_declares_pdf_ua_1_with_its_extension_schema()
    {
        var (_, xmp, _) = PdfTool.Run("pdfinfo", "-meta", report.ScreenPath);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>", xmp);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp);
        System.Xml.Linq.XDocument.Parse(xmp.Trim()); // still well-formed
    }

    [Fact]
    public void Page_labels_match_the_printed_folios_and_the_cover_is_roman()
    {
        var pdf = PdfJs.Inspect(report.PrintPath);
        var labels = pdf.GetProperty("pageLabels").EnumerateArray().Select(l => l.GetString()).ToList();
        var pages = pdf.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(pages.Count, labels.Count);
        Assert.Equal("i", labels[0]);
        for (var i = 1; i < labels.Count; i++) Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), labels[i]);
        // The folio printed at the foot of a body page is its label.
        var (_, text, _) = PdfTool.Run("pdftotext", "-layout", "-f", "3", "-l", "3", report.PrintPath, "-");
        var lastLine = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.Trim().Length > 0 && l.Trim() != "\f").Trim();
        Assert.Equal(labels[2], lastLine);
    }

    [Fact]
    public void Outline_has_the_title_at_its_root_and_top_sections_under_it()
    {
        var blocks = new List<Block>
        {
            new CoverBlock("年度报告", "大纲测试", null, "机构", "2021年3月", "t.md:1"),
            new HeadingBlock(1, "a", [new TextRun("第一部分")], "t.md:2", TagLevel: 2),
            new ParagraphBlock([new TextRun("正文。")], "t.md:3", "p1"),
            new HeadingBlock(2, "a1", [new TextRun("第一节")], "t.md:4", TagLevel: 3),
            new ParagraphBlock([new TextRun("正文。")], "t.md:5", "p2"),
            new HeadingBlock(1, "b", [new TextRun("第二部分")], "t.md:6", TagLevel: 2),
            new ParagraphBlock([new TextRun("正文。")], "t.md:7", "p3"),
        };
        var info = new DocumentInfo("大纲测试", "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "outline");
        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen);
        Assert.Empty(result.Diagnostics);
        var folder = Directory.CreateTempSubdirectory("sitegen-outline-");
        try
        {
            var path = Path.Combine(folder.FullName, "outline.pdf");
            File.WriteAllBytes(path, result.Pdf);
            var outline = PdfJs.Inspect(path).GetProperty("outline");
            var root = Assert.Single(outline.EnumerateArray());
            Assert.Equal("大纲测试", root.GetProperty("title").GetString());
            var sections = root.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(["第一部分", "第二部分"], sections.Select(s => s.GetProperty("title").GetString()));
            Assert.Equal("第一节", Assert.Single(sections[0].GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every structure element pdf.js reports, with its parent's role.</summary>
    private static List<(string Role, string Parent)> StructRoles(JsonElement inspected)
    {
        var roles = new List<(string, string)>();
        void Walk(JsonElement node, string parent)
        {
            var role = node.TryGetProperty("role", out var r) ? r.GetString() ?? "" : "";
            if (role.Length > 0) roles.Add((role, parent));
            if (node.TryGetProperty("children", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child, role.Length > 0 ? role : parent);
        }
        foreach (var page in inspected.GetProperty("pages").EnumerateArray())
            if (page.GetProperty("structTree").ValueKind == JsonValueKind.Object) Walk(page.GetProperty("structTree"), "");
        return roles;
    }
}
