using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 reads only some PNGs: it throws "Unsupported image format" on 1, 2 and 16-bit samples and on
/// interlaced palettes, and in PDF/A mode it silently drops an alpha channel, so transparent areas would show
/// whatever colour they hide. Every PNG the format allows is therefore decoded here (any bit depth, colour type,
/// transparency and interlacing) and handed to PDFsharp as an opaque 8-bit PNG composited over white (the
/// paper): grey stays grey (one ink in print), everything else becomes RGB. The PNGs PDFsharp reads correctly as
/// they are pass through untouched, so the common case costs nothing.
/// </summary>
internal static class PngFlattener
{
    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static byte[] Flatten(byte[] png)
    {
        if (png.Length < 33 || png[0] != 0x89 || png[1] != 'P')
        {
            return png;
        }

        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        int depth = png[24], colour = png[25], interlace = png[28];
        byte[]? palette = null, transparency = null;
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length)
            {
                break;
            }

            switch (Encoding.ASCII.GetString(png, at + 4, 4))
            {
                case "IDAT": idat.Write(png, at + 8, length); break;
                case "PLTE": palette = png.AsSpan(at + 8, length).ToArray(); break;
                case "tRNS": transparency = png.AsSpan(at + 8, length).ToArray(); break;
            }

            at += 12 + length;
        }

        if (ReadAsIs(depth, colour, interlace, transparency))
        {
            return png;
        }

        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || width <= 0 || height <= 0 || (colour == 3 && palette is null))
        {
            return png; // not a PNG the checks at ingestion let through; PDFsharp reports it
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        z.CopyTo(inflated);
        var image = new Decoded(width, height, depth, colour, channels, palette, transparency);
        image.Read(inflated.GetBuffer().AsSpan(0, (int)inflated.Length), interlace == 1 ? Adam7 : [(0, 0, 1, 1)]);
        var grey = colour is 0 or 4;
        return Encode(width, height, grey, image.OverWhite(grey));
    }

    /// <summary>The kinds PDFsharp 6.2.4 reads right without help: opaque 8-bit grey or RGB, 4 or 8-bit palettes, not interlaced.</summary>
    private static bool ReadAsIs(int depth, int colour, int interlace, byte[]? transparency) =>
        interlace == 0 && transparency is null
        && ((colour is 0 or 2 && depth == 8) || (colour == 3 && depth is 4 or 8));

    /// <summary>One PNG's pixels as 8-bit RGBA, filled pass by pass.</summary>
    private sealed class Decoded(int width, int height, int depth, int colour, int channels, byte[]? palette, byte[]? transparency)
    {
        private readonly byte[] _rgba = new byte[checked(width * height * 4)];

        public void Read(ReadOnlySpan<byte> data, (int X, int Y, int Dx, int Dy)[] passes)
        {
            var bitsPerPixel = channels * depth;
            var filterStep = Math.Max(1, bitsPerPixel / 8);
            var offset = 0;
            foreach (var (x0, y0, dx, dy) in passes)
            {
                var passWidth = width <= x0 ? 0 : (width - x0 + dx - 1) / dx;
                var passHeight = height <= y0 ? 0 : (height - y0 + dy - 1) / dy;
                if (passWidth == 0 || passHeight == 0)
                {
                    continue;
                }

                var stride = (passWidth * bitsPerPixel + 7) / 8;
                var prior = new byte[stride];
                var line = new byte[stride];
                for (var row = 0; row < passHeight && offset + 1 + stride <= data.Length; row++)
                {
                    Unfilter(data[offset], data.Slice(offset + 1, stride), prior, line, filterStep);
                    offset += 1 + stride;
                    for (var i = 0; i < passWidth; i++)
                    {
                        Store(line, i, ((y0 + row * dy) * width) + x0 + (i * dx));
                    }

                    (prior, line) = (line, prior);
                }
            }
        }

        /// <summary>Composited over white: one byte per pixel for grey, three for colour.</summary>
        public byte[] OverWhite(bool grey)
        {
            var perPixel = grey ? 1 : 3;
            var rows = new byte[height * (1 + (width * perPixel))];
            var o = 0;
            for (var p = 0; p < width * height; p++)
            {
                if (p % width == 0)
                {
                    rows[o++] = 0; // filter type None
                }

                var alpha = _rgba[(p * 4) + 3];
                for (var k = 0; k < perPixel; k++)
                {
                    var v = _rgba[(p * 4) + k];
                    rows[o++] = (byte)(((v * alpha) + (255 * (255 - alpha)) + 127) / 255);
                }
            }

            return rows;
        }

        private void Store(byte[] line, int index, int pixel)
        {
            var samples = new int[4];
            for (var c = 0; c < channels; c++)
            {
                samples[c] = Sample(line, (index * channels) + c);
            }

            var target = pixel * 4;
            byte r, g, b, a = 255;
            switch (colour)
            {
                case 3:
                    var entry = samples[0];
                    r = g = b = 0;
                    if (palette is not null && (entry * 3) + 2 < palette.Length)
                    {
                        (r, g, b) = (palette[entry * 3], palette[(entry * 3) + 1], palette[(entry * 3) + 2]);
                    }

                    a = transparency is not null && entry < transparency.Length ? transparency[entry] : (byte)255;
                    break;
                case 0 or 4:
                    r = g = b = Scale(samples[0]);
                    a = colour == 4 ? Scale(samples[1]) : KeyMatches(samples, 1) ? (byte)0 : (byte)255;
                    break;
                default:
                    (r, g, b) = (Scale(samples[0]), Scale(samples[1]), Scale(samples[2]));
                    a = colour == 6 ? Scale(samples[3]) : KeyMatches(samples, 3) ? (byte)0 : (byte)255;
                    break;
            }

            (_rgba[target], _rgba[target + 1], _rgba[target + 2], _rgba[target + 3]) = (r, g, b, a);
        }

        /// <summary>Sample number <paramref name="n"/> of a row, at its full depth.</summary>
        private int Sample(byte[] line, int n) => depth switch
        {
            16 => (line[n * 2] << 8) | line[(n * 2) + 1],
            8 => line[n],
            _ => (line[n * depth / 8] >> (8 - depth - (n * depth % 8))) & ((1 << depth) - 1),
        };

        /// <summary>A sample at any depth as 8 bits: 16-bit keeps its high byte, 1, 2 and 4-bit spread over 0–255.</summary>
        private byte Scale(int sample) => depth switch
        {
            16 => (byte)(sample >> 8),
            8 => (byte)sample,
            _ => (byte)(sample * 255 / ((1 << depth) - 1)),
        };

        /// <summary>Whether a grey or RGB pixel equals the tRNS colour key (compared at full depth), which makes it transparent.</summary>
        private bool KeyMatches(int[] samples, int count)
        {
            if (transparency is null || transparency.Length < count * 2)
            {
                return false;
            }

            for (var c = 0; c < count; c++)
            {
                if (BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(c * 2)) != samples[c])
                {
                    return false;
                }
            }

            return true;
        }

        private static void Unfilter(byte filter, ReadOnlySpan<byte> source, byte[] prior, byte[] line, int step)
        {
            for (var i = 0; i < source.Length; i++)
            {
                int a = i >= step ? line[i - step] : 0, b = prior[i], c = i >= step ? prior[i - step] : 0;
                line[i] = (byte)(source[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }

    private static byte[] Encode(int width, int height, bool grey, byte[] rows)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = grey ? (byte)0 : (byte)2;
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, true))
            {
                z.Write(rows);
            }

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
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
