using System.Buffers.Binary;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Media;

/// <summary>Issue 9: an image's type, size and per-format support are decided at ingestion, with one diagnostic.</summary>
public sealed class ImageDecisionTests
{
    private const string Gif = "---\ntitle: 报告\ndate: 2021-02-22\n---\n\n正文。\n\n^^^\n![会场](hall.gif)\n^^^ 图一 会场\n";

    [Fact]
    public void A_gif_figure_fails_check_and_build_alike_with_one_located_diagnostic()
    {
        using var input = new TempInput();
        input.Write("r/report.md", Gif).WriteBytes("r/hall.gif", [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0x80, 0, 0]);

        var check = input.Check();
        var build = SiteBuilder.Build(input.Options with { UseCache = false });

        foreach (var result in new[] { check, build })
        {
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.ImageTypeNotInPdf, "r/report.md", 9, 1), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
            Assert.Contains("GIF", error.Message);
        }
    }

    [Fact]
    public void Without_pdf_the_same_gif_builds()
    {
        using var input = new TempInput();
        input.Write("r/report.md", Gif).WriteBytes("r/hall.gif", [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0x80, 0, 0]);
        var check = SiteBuilder.Check(input.Options with { BuildPdf = false });
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
    }

    [Fact]
    public void The_type_comes_from_the_header_not_the_name()
    {
        using var input = new TempInput();
        input.WriteBytes("r/photo.png", [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0, 0, 0]);
        var markdown = Reports.FrontMatter + "正文。\n\n^^^\n![照片](photo.png)\n^^^ 图一\n";
        var bag = new DiagnosticBag();
        var report = SiteGen.Ingest.ReportParser.Parse("r/report.md", markdown, input.Input, SiteGen.Site.SiteSettings.Default, bag);
        Assert.Equal(ImageFormat.Gif, report!.Blocks.OfType<FigureBlock>().Single().Image!.Format);
    }

    [Fact]
    public void An_image_above_the_pixel_limit_is_refused_from_its_header_at_its_line()
    {
        using var input = new TempInput();
        input.WriteBytes("r/huge.png", Huge());
        var markdown = Reports.FrontMatter + "正文。\n\n![巨图](huge.png)\n";
        var bag = new DiagnosticBag();
        var report = SiteGen.Ingest.ReportParser.Parse("r/report.md", markdown, input.Input, SiteGen.Site.SiteSettings.Default, bag);
        var error = Assert.Single(bag.Sorted(), d => d.Code == DiagnosticCodes.ImageTooLarge);
        Assert.Equal(("r/report.md", 7, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("40000 x 40000", error.Message);
        var image = report!.Blocks.OfType<FigureBlock>().Single().Image!;
        Assert.Null(image.InputPath); // nothing downstream will open, copy or decode it
        Assert.Empty(report.ImagePaths);
    }

    /// <summary>A PNG whose header says 40000 x 40000 (RGB); its data is a small zlib stream of zeros.</summary>
    internal static byte[] Huge()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 40000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 40000);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new System.IO.Compression.ZLibStream(data, System.IO.Compression.CompressionLevel.Fastest, true)) z.Write(new byte[1 << 20]);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        s.Write(buffer);
        s.Write(body);
        var crc = 0xFFFFFFFFu;
        foreach (var b in body) { crc ^= b; for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1; }
        BinaryPrimitives.WriteUInt32BigEndian(buffer, ~crc);
        s.Write(buffer);
    }
}
