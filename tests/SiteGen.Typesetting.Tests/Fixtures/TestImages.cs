using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Typesetting.Tests.Fixtures;

/// <summary>Small images made in the test: PNGs written by hand (RGB and RGBA), a JPEG made by poppler.</summary>
internal static class TestImages
{
    /// <summary>A <paramref name="width"/> x <paramref name="height"/> PNG, 8-bit RGB or RGBA, with a gradient (and a transparent half).</summary>
    public static byte[] Png(int width, int height, bool alpha)
    {
        var channels = alpha ? 4 : 3;
        var raw = new byte[height * (1 + width * channels)];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                raw[i++] = (byte)(255 * x / width);
                raw[i++] = (byte)(255 * y / height);
                raw[i++] = 128;
                if (alpha) raw[i++] = (byte)(x < width / 2 ? 0 : 255);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = (byte)(alpha ? 6 : 2);
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, true)) z.Write(raw);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A JPEG: the first page of <paramref name="pdfPath"/> rendered small by pdftoppm.</summary>
    public static byte[] Jpeg(string pdfPath, string folder)
    {
        var stem = Path.Combine(folder, "jpeg-source");
        var (exit, _, err) = Pdf.PdfTool.Run("pdftoppm", "-jpeg", "-r", "12", "-singlefile", "-f", "1", "-l", "1", pdfPath, stem);
        Assert.True(exit == 0, err);
        return File.ReadAllBytes(stem + ".jpg");
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(len, (uint)data.Length);
        s.Write(len);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
