using System.Buffers.Binary;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Media;

/// <summary>Issue 8: a damaged PNG or JPEG is one located error at ingestion, not a decoder crash in a PDF edition.</summary>
public sealed class DamagedImageTests
{
    [Theory]
    [InlineData("whole", null)]
    [InlineData("bad-crc", "checksum")]
    [InlineData("cut-short", "cut short")]
    [InlineData("no-iend", "IEND")]
    [InlineData("garbage-data", "inflate")]
    public void A_png_is_checked_whole_before_any_format_decodes_it(string damage, string? expected)
    {
        var errors = Ingest("chart.png", Png(damage));
        if (expected is null)
        {
            Assert.Empty(errors);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Equal((DiagnosticCodes.DamagedImage, "r/report.md", 7), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_jpeg_cut_short_is_one_located_error()
    {
        // SOI, then a JFIF segment and nothing more: no frame header, no scan, no end marker.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0];
        var error = Assert.Single(Ingest("photo.jpg", jpeg));
        Assert.Equal(DiagnosticCodes.DamagedImage, error.Code);
    }

    private static List<Diagnostic> Ingest(string name, byte[] bytes)
    {
        using var input = new TempInput();
        input.WriteBytes($"r/{name}", bytes);
        var markdown = Reports.FrontMatter + $"正文。\n\n![图表]({name})\n";
        var bag = new DiagnosticBag();
        SiteGen.Ingest.ReportParser.Parse("r/report.md", markdown, input.Input, SiteGen.Site.SiteSettings.Default, bag);
        return [.. bag.Sorted().Where(d => d.Severity == Severity.Error)];
    }

    private static byte[] Png(string damage)
    {
        const int width = 4, height = 3;
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2; // RGB
        Chunk(png, "IHDR", ihdr, damage == "bad-crc");
        var raw = new byte[height * (1 + width * 3)];
        using (var data = new MemoryStream())
        {
            if (damage == "garbage-data")
            {
                data.Write("not zlib data at all"u8);
            }
            else
            {
                using var z = new System.IO.Compression.ZLibStream(data, System.IO.Compression.CompressionLevel.Fastest, true);
                z.Write(raw);
            }

            Chunk(png, "IDAT", data.ToArray(), corrupt: false);
        }

        if (damage != "no-iend") Chunk(png, "IEND", [], corrupt: false);
        var bytes = png.ToArray();
        return damage == "cut-short" ? bytes[..(bytes.Length - 20)] : bytes;
    }

    private static void Chunk(Stream s, string type, byte[] data, bool corrupt)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        s.Write(buffer);
        s.Write(typeBytes);
        s.Write(data);
        // The CRC-32 of PNG, written out here apart from SiteGen's own.
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeBytes.Concat(data)) { crc ^= b; for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1; }
        BinaryPrimitives.WriteUInt32BigEndian(buffer, corrupt ? ~crc ^ 1 : ~crc);
        s.Write(buffer);
    }
}
