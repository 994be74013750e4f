using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 in PDF/A mode follows PDF/A-1 and silently drops a PNG's alpha channel, so transparent areas
/// would show whatever colour they hide. We composite 8-bit RGBA and grey+alpha PNGs over white (the paper) and
/// hand PDFsharp an opaque PNG: on the page it looks the same, and no soft mask is needed. Other PNGs pass through.
/// </summary>
internal static class PngFlattener
{
    public static byte[] Flatten(byte[] png)
    {
        if (png.Length < 33 || png[0] != 0x89 || png[1] != 'P') return png;
        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        int depth = png[24], colour = png[25], interlace = png[28];
        if (depth != 8 || interlace != 0 || colour is not (4 or 6)) return png;
        var channels = colour == 6 ? 4 : 2;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        z.CopyTo(inflated);
        var data = inflated.ToArray();
        var stride = width * channels;
        if (data.Length < height * (stride + 1)) return png;
        var prior = new byte[stride];
        var line = new byte[stride];
        var output = new byte[height * (1 + width * 3)];
        var o = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var src = data.AsSpan(y * (stride + 1) + 1, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0, b = prior[i], c = i >= channels ? prior[i - channels] : 0;
                line[i] = (byte)(src[i] + filter switch
                {
                    1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c), _ => 0,
                });
            }
            output[o++] = 0;
            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                var alpha = line[p + channels - 1];
                for (var k = 0; k < 3; k++)
                {
                    var v = channels == 4 ? line[p + k] : line[p];
                    output[o++] = (byte)((v * alpha + 255 * (255 - alpha) + 127) / 255);
                }
            }
            (prior, line) = (line, prior);
        }
        return Encode(width, height, output);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Encode(int width, int height, byte[] rows)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, true)) z.Write(rows);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        s.Write(buffer);
        s.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(body));
        s.Write(buffer);
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
