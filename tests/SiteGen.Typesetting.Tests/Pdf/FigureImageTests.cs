using System.Text.Json;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>Figures with real PNG (opaque and with alpha) and JPEG files, in all three page settings.</summary>
public sealed class FigureImageTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    public static TheoryData<string> Editions => ["screen", "print", "large-print"];

    private static EditionSettings Settings(string edition) => edition switch
    {
        "print" => RenderedReport.Print,
        "large-print" => RenderedReport.Screen with { BodySize = 18, Leading = 1.6, HeadingSizes = [28, 24, 21, 19, 18, 18], Level1Start = SectionStart.Continue },
        _ => RenderedReport.Screen with { Level1Start = SectionStart.Continue },
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Png_with_and_without_alpha_and_jpeg_figures_are_drawn_with_their_alt_text(string edition)
    {
        var folder = Path.Combine(RenderedReport.Folder, "figures-" + edition);
        Directory.CreateDirectory(folder);
        var opaque = Path.Combine(folder, "opaque.png");
        File.WriteAllBytes(opaque, TestImages.Png(40, 30, alpha: false));
        var jpeg = Path.Combine(folder, "photo.jpg");
        File.WriteAllBytes(jpeg, TestImages.Jpeg(report.ScreenPath, folder));
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "figures", [new TextRun("图片")], "t.md:1"),
            new FigureBlock(opaque, null, "渐变色块", [new TextRun("图1 不透明 PNG")], null, "t.md:2", "fig1"),
            new FigureBlock(null, TestImages.Png(32, 32, alpha: true), "半透明图标", [new TextRun("图2 带透明通道的 PNG")], "来源:测试", "t.md:3"),
            new FigureBlock(jpeg, null, "封面照片", [new TextRun("图3 JPEG 照片")], null, "t.md:4"),
        };
        var info = new DocumentInfo("图片测试", "作者", "机构", "说明", ["图片"], "zh-CN", new DateOnly(2021, 3, 1), "figures/" + edition);
        var result = Typesetter.Render(new TypesetDocument(info, blocks), Settings(edition));
        // The test images are deliberately tiny: each is reported as too coarse for the page (PDF005), nothing else.
        Assert.All(result.Diagnostics, d => Assert.Equal("PDF005", d.Code));
        Assert.Equal(3, result.Diagnostics.Count);
        var path = Path.Combine(folder, edition + ".pdf");
        File.WriteAllBytes(path, result.Pdf);

        var (_, list, _) = PdfTool.Run("pdfimages", "-list", path);
        var rows = list.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(3, rows.Count(r => r[2] == "image"));
        Assert.Contains(rows, r => r[2] == "image" && r[8] == "jpeg");

        var objects = PdfJson.Objects(path);
        var figures = PdfJson.Dictionaries(objects).Where(d => d.TryGetProperty("/S", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() == "/Figure").ToList();
        Assert.Equal(["u:渐变色块", "u:半透明图标", "u:封面照片"], figures.Select(f => f.GetProperty("/Alt").GetString()));
        Assert.Empty(PdfAChecks.Run(path));
        AssertTransparentHalfIsWhite(path, folder);
        var (exit, output, err) = PdfTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0 && !(output + err).Contains("WARNING", StringComparison.Ordinal), output + err);
    }

    /// <summary>The alpha PNG's left half is fully transparent: on the page it must show the white paper, not its hidden colour.</summary>
    private static void AssertTransparentHalfIsWhite(string path, string folder)
    {
        var stem = Path.Combine(folder, "alpha");
        PdfTool.Run("pdfimages", "-f", "1", "-l", "9", "-png", path, stem);
        var second = Directory.GetFiles(folder, "alpha-*.png").Order(StringComparer.Ordinal).ElementAt(1);
        var png = File.ReadAllBytes(second);
        Assert.Equal(2, png[25]); // opaque RGB: the alpha was composited, not silently dropped
        var pixels = InflatePixels(png);
        // First pixel of the first row (after the filter byte), the same under any PNG filter: white.
        Assert.Equal(new byte[] { 255, 255, 255 }, pixels.AsSpan(1, 3).ToArray());
    }

    private static byte[] InflatePixels(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new System.IO.Compression.ZLibStream(idat, System.IO.Compression.CompressionMode.Decompress);
        using var o = new MemoryStream();
        z.CopyTo(o);
        return o.ToArray();
    }
}
