using System.Text;
using System.Text.Json;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// The colour claims (docs/typography.md, print shop): the print edition inks in DeviceCMYK, so its PDF/A output intent
/// is a CMYK printing condition (FOGRA39) and its RGB images are calibrated sRGB; the screen edition stays sRGB.
/// </summary>
public sealed class OutputIntentTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void The_print_edition_claims_a_cmyk_printing_condition_and_the_screen_edition_srgb()
    {
        var (printCondition, printSpace) = Intent(report.PrintPath);
        Assert.Equal("FOGRA39", printCondition);
        Assert.Equal("CMYK", printSpace);
        var (screenCondition, screenSpace) = Intent(report.ScreenPath);
        Assert.Equal("sRGB", screenCondition);
        Assert.Equal("RGB ", screenSpace);
    }

    [Fact]
    public void Rgb_images_in_the_print_edition_are_calibrated_srgb_and_the_whole_file_passes_the_colour_checks()
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "figures", [new TextRun("图片")], "t.md:1"),
            new FigureBlock(null, TestImages.Png(600, 400, alpha: false), "色块", [new TextRun("图1 RGB 图片")], null, "t.md:2"),
            new FigureBlock(null, TestImages.Png(600, 400, alpha: true), "半透明", [new TextRun("图2 带透明通道")], null, "t.md:3"),
        };
        var info = new DocumentInfo("印刷色彩", "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "intent");
        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Print);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var path = Path.Combine(RenderedReport.Folder, "intent-print.pdf");
        File.WriteAllBytes(path, result.Pdf);

        var objects = PdfJson.Objects(path);
        var images = PdfJson.Dictionaries(objects).Where(d => d.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Image"
            && !(d.TryGetProperty("/ColorSpace", out var cs) && cs.ValueKind == JsonValueKind.String && cs.GetString() == "/DeviceGray")).ToList();
        Assert.Equal(2, images.Count); // the colour pictures; their alpha masks are DeviceGray, allowed under any intent
        foreach (var image in images)
        {
            var space = image.GetProperty("/ColorSpace");
            Assert.Equal(JsonValueKind.Array, space.ValueKind);
            Assert.Equal("/ICCBased", space[0].GetString());
            var profile = objects.GetProperty("obj:" + space[1].GetString()).GetProperty("stream").GetProperty("dict");
            Assert.Equal(3, profile.GetProperty("/N").GetInt32());
        }
        Assert.Empty(PdfAChecks.Run(path));
    }

    [Fact]
    public void The_embedded_cmyk_profile_is_an_icc_output_profile_from_cmyk_to_lab()
    {
        var icc = SiteGen.Typesetting.Pdf.PrintOutputIntent.Profile();
        Assert.Equal(icc.Length, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icc.AsSpan(0, 4)));
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("prtr", Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("CMYK", Encoding.ASCII.GetString(icc, 16, 4));
        Assert.Equal("Lab ", Encoding.ASCII.GetString(icc, 20, 4));
    }

    private static (string Condition, string Space) Intent(string path)
    {
        var (exit, output, err) = PdfTool.Run("qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", path);
        Assert.True(exit == 0, err);
        var objects = JsonDocument.Parse(output).RootElement.GetProperty("qpdf")[1];
        var catalog = PdfJson.Resolve(objects, objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root"));
        var intent = Assert.Single(catalog.GetProperty("/OutputIntents").EnumerateArray());
        var profile = objects.GetProperty("obj:" + intent.GetProperty("/DestOutputProfile").GetString()).GetProperty("stream");
        var icc = Convert.FromBase64String(profile.GetProperty("data").GetString()!);
        var condition = intent.GetProperty("/OutputConditionIdentifier").GetString()!;
        return (condition.StartsWith("u:", StringComparison.Ordinal) ? condition[2..] : condition, Encoding.ASCII.GetString(icc, 16, 4));
    }
}
