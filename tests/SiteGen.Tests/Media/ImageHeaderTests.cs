using System.Text;
using SiteGen.Media;
using SiteGen.Model;

namespace SiteGen.Tests.Media;

/// <summary>Pixel sizes from hand-made headers: only the bytes each format's size lives in, nothing decoded.</summary>
public sealed class ImageHeaderTests
{
    private static PixelSize? Read(byte[] bytes) => ImageHeader.Read(new MemoryStream(bytes));

    private static PixelSize? Svg(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Png_size_comes_from_ihdr()
    {
        byte[] png =
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, // signature
            0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
            0, 0, 0x03, 0x20, // width 800
            0, 0, 0x02, 0x58, // height 600
            8, 6, 0, 0, 0, 0, 0, 0, 0, // depth, colour type, ..., CRC (not checked)
        ];
        Assert.Equal(new PixelSize(800, 600), Read(png));
        Assert.Null(Read(png[..20])); // cut short
    }

    [Fact]
    public void Gif_size_is_the_logical_screen_little_endian()
    {
        byte[] gif = [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0x80, 0, 0];
        Assert.Equal(new PixelSize(320, 240), Read(gif));
        byte[] old = [.. "GIF87a"u8, 0x01, 0x00, 0x02, 0x00, 0, 0, 0];
        Assert.Equal(new PixelSize(1, 2), Read(old));
    }

    [Fact]
    public void Baseline_jpeg_size_comes_from_sof0_after_the_app_segments()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
        jpeg.AddRange(Segment(0xDB, new byte[65])); // quantisation table
        jpeg.AddRange(Segment(0xC0, [8, 0x04, 0x38, 0x07, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])); // 1920 x 1080
        jpeg.AddRange(Segment(0xC4, new byte[20]));
        jpeg.AddRange([0xFF, 0xDA]);
        Assert.Equal(new PixelSize(1920, 1080), Read([.. jpeg]));
    }

    [Fact]
    public void Progressive_jpeg_size_comes_from_sof2_even_behind_large_metadata()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xE1, new byte[65_000])); // an EXIF block with a thumbnail
        jpeg.AddRange(Segment(0xE2, new byte[60_000])); // an ICC profile: the frame header is past the first 64 KiB
        jpeg.AddRange([0xFF, 0xFF]); // fill byte before a marker
        jpeg.AddRange(Segment(0xC2, [8, 0x0B, 0xB8, 0x0F, 0xA0, 1, 1, 0x11, 0])); // 4000 x 3000
        Assert.Equal(new PixelSize(4000, 3000), Read([.. jpeg]));
    }

    [Theory]
    [InlineData(6, true, 1080, 1920)]
    [InlineData(8, false, 1080, 1920)]
    [InlineData(5, true, 1080, 1920)]
    [InlineData(3, false, 1920, 1080)]
    [InlineData(1, true, 1920, 1080)]
    public void A_phone_photo_marked_as_turned_a_quarter_has_its_sides_swapped(int orientation, bool littleEndian, int width, int height)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xE1, Exif(orientation, littleEndian)));
        jpeg.AddRange(Segment(0xC0, [8, 0x04, 0x38, 0x07, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])); // stored 1920 x 1080
        Assert.Equal(new PixelSize(width, height), Read([.. jpeg]));
    }

    [Fact]
    public void A_broken_exif_block_leaves_the_stored_size()
    {
        var exif = Exif(6, true);
        exif[10] = 0xFF; // IFD0 offset far past the block
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xE1, exif));
        jpeg.AddRange(Segment(0xC0, [8, 0x04, 0x38, 0x07, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]));
        Assert.Equal(new PixelSize(1920, 1080), Read([.. jpeg]));
    }

    /// <summary>An APP1 body: "Exif", a TIFF header and an IFD0 holding a make tag and the Orientation tag.</summary>
    internal static byte[] Exif(int orientation, bool littleEndian)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(littleEndian ? [(byte)v, (byte)(v >> 8)] : [(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange(littleEndian ? [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)] : [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        tiff.AddRange(littleEndian ? "II"u8.ToArray() : "MM"u8.ToArray());
        U16(42);
        U32(8);
        U16(2);
        U16(0x010F); U16(2); U32(4); tiff.AddRange("SG\0\0"u8.ToArray()); // Make, ASCII, fits in the value field
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U32(0);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    [Fact]
    public void Jpeg_without_a_frame_header_before_the_scan_has_no_size()
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange(Segment(0xC4, new byte[20]));
        jpeg.AddRange([0xFF, 0xDA, 0, 2]);
        Assert.Null(Read([.. jpeg]));
    }

    [Fact]
    public void Svg_with_pixel_width_and_height_uses_them()
    {
        Assert.Equal(new PixelSize(640, 480), Svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height='480px' viewBox=\"0 0 64 48\"><rect stroke-width=\"9\"/></svg>"));
    }

    [Fact]
    public void Svg_without_width_and_height_uses_the_viewbox()
    {
        Assert.Equal(new PixelSize(300, 150), Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0,0,300,150\"></svg>"));
        Assert.Equal(new PixelSize(200, 100), Svg("<svg viewBox=\"10 10 300 150\" width=\"200\"></svg>"));
        Assert.Equal(new PixelSize(301, 151), Svg("<svg viewBox=\"0 0 300.5 150.5\"><g width=\"1\"/></svg>")); // a child's width is not the root's
    }

    [Fact]
    public void Svg_sized_in_percent_or_other_units_or_without_viewbox_has_no_size()
    {
        Assert.Null(Svg("<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 300 150\"></svg>"));
        Assert.Null(Svg("<svg width=\"10cm\" height=\"5cm\"></svg>"));
        Assert.Null(Svg("<svg width=\"300\"></svg>"));
        Assert.Null(Svg("<svg viewBox=\"0 0 0 150\"></svg>"));
        Assert.Null(Svg("<html><body>not an image</body></html>"));
    }

    [Fact]
    public void Unknown_or_empty_bytes_have_no_size()
    {
        Assert.Null(Read([]));
        Assert.Null(Read([0x42, 0x4D, 0, 0, 0, 0])); // BMP is not one of ours
    }

    [Fact]
    public void Parsed_images_carry_their_size_into_the_html()
    {
        using var input = new SiteGen.Tests.Support.TempInput();
        input.WriteBytes("r/wide.gif", [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0x80, 0, 0]);
        input.Write("r/odd.svg", "<svg width=\"50%\" viewBox=\"0 0 9 9\"></svg>");
        var markdown = SiteGen.Tests.Support.Reports.FrontMatter + "正文。\n\n^^^\n![会场](wide.gif)\n^^^ 图一\n\n^^^\n![图标](odd.svg)\n^^^ 图二\n";
        var bag = new SiteGen.Diagnostics.DiagnosticBag();
        var report = SiteGen.Ingest.ReportParser.Parse("r/report.md", markdown, input.Input, SiteGen.Site.SiteSettings.Default, bag);
        Assert.NotNull(report);
        var figures = report.Blocks.OfType<FigureBlock>().ToList();
        Assert.Equal(new PixelSize(320, 240), figures[0].Image!.Size);
        Assert.Null(figures[1].Image!.Size);
        var html = SiteGen.Html.HtmlBodyWriter.Write(report).Article;
        Assert.Contains("alt=\"会场\" width=\"320\" height=\"240\"", html);
        Assert.Contains("alt=\"图标\" loading=\"lazy\"", html);
    }

    private static byte[] Segment(byte marker, byte[] data)
    {
        var length = data.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. data];
    }
}
