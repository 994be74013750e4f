using System.Buffers.Binary;
using System.IO.Compression;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Pdf;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Every kind of PNG the format allows (grey at 1, 2, 4, 8 and 16 bits, RGB, palettes, grey and RGB with alpha,
/// colour-key transparency, Adam7 interlacing) reaches the PDF with the right pixels. PDFsharp 6.2.4 alone throws
/// on half of them, which a report with a 1-bit scan or a 16-bit chart turned into an internal error.
/// The PNGs are written here by a small encoder of the test's own (every filter type in turn), independent of
/// the code under test, and the pixels read back are compared with the source composited over white.
/// </summary>
public sealed class PngKindsTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    private const int Width = 13;
    private const int Height = 7;

    public static TheoryData<string, int, int, bool, bool> Kinds()
    {
        var data = new TheoryData<string, int, int, bool, bool>();
        foreach (var depth in new[] { 1, 2, 4, 8, 16 })
        {
            data.Add($"grey{depth}", 0, depth, false, false);
        }

        data.Add("grey16-interlaced", 0, 16, true, false);
        data.Add("grey8-key", 0, 8, false, true);
        data.Add("rgb8", 2, 8, false, false);
        data.Add("rgb16", 2, 16, false, false);
        data.Add("rgb8-interlaced", 2, 8, true, false);
        data.Add("rgb16-key", 2, 16, false, true);
        foreach (var depth in new[] { 1, 2, 4, 8 })
        {
            data.Add($"palette{depth}", 3, depth, false, false);
            data.Add($"palette{depth}-alpha", 3, depth, false, true);
        }

        data.Add("palette4-interlaced", 3, 4, true, false);
        data.Add("grey-alpha8", 4, 8, false, false);
        data.Add("grey-alpha16", 4, 16, false, false);
        data.Add("rgba8", 6, 8, false, false);
        data.Add("rgba16", 6, 16, false, false);
        data.Add("rgba16-interlaced", 6, 16, true, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_is_handed_to_the_pdf_with_its_pixels_over_white(string name, int colour, int depth, bool interlaced, bool transparency)
    {
        var source = new SourcePng(colour, depth, interlaced, transparency);

        var flattened = PngFlattener.Flatten(source.Bytes);

        if (ReferenceEquals(flattened, source.Bytes))
        {
            // Only what PDFsharp reads right as it is passes through; the back-end test below checks its pixels.
            Assert.True(!interlaced && !transparency && (colour is 0 or 2 ? depth == 8 : colour == 3 && depth >= 4), name);
            return;
        }

        var (grey, pixels) = PngFile.Decode(flattened);
        Assert.Equal(colour is 0 or 4, grey);
        for (var p = 0; p < Width * Height; p++)
        {
            var expected = source.OverWhite(p);
            var actual = grey ? (pixels[p], pixels[p], pixels[p]) : (pixels[p * 3], pixels[(p * 3) + 1], pixels[(p * 3) + 2]);
            Assert.True(expected == actual, $"{name}: pixel {p % Width},{p / Width} is {actual}, expected {expected}");
        }
    }

    [Fact]
    public void Every_kind_is_drawn_by_the_pdf_back_end_and_extracted_with_its_pixels()
    {
        var folder = Path.Combine(RenderedReport.Folder, "png-kinds");
        Directory.CreateDirectory(folder);
        var kinds = Kinds().Select(row => ((string)row[0], new SourcePng((int)row[1], (int)row[2], (bool)row[3], (bool)row[4]))).ToList();
        var blocks = new List<Block> { new HeadingBlock(1, "png", [new TextRun("图像")], "t.md:1") };
        blocks.AddRange(kinds.Select((k, i) => (Block)new FigureBlock(null, k.Item2.Bytes, "测试图 " + k.Item1, [new TextRun("图 " + k.Item1)], null, $"t.md:{i + 2}")));
        var info = new DocumentInfo("图像种类", "作者", "机构", "说明", ["图像"], "zh-CN", new DateOnly(2021, 3, 1), "png-kinds");

        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen with { Level1Start = SectionStart.Continue });

        Assert.All(result.Diagnostics, d => Assert.Equal("PDF005", d.Code)); // tiny on purpose: too coarse, nothing else
        var path = Path.Combine(folder, "kinds.pdf");
        File.WriteAllBytes(path, result.Pdf);
        var prefix = Path.Combine(folder, "img");
        var (exit, _, err) = PdfTool.Run("pdfimages", "-png", path, prefix);
        Assert.True(exit == 0, err);
        // PDFsharp may store identical images once, so compare as sets: every kind is on the page with its pixels.
        var extracted = Directory.GetFiles(folder, "img-*.png").Select(f => PngFile.Decode(File.ReadAllBytes(f)))
            .Select(e => string.Concat(Enumerable.Range(0, Width * Height).Select(p => (e.Grey ? (e.Pixels[p], e.Pixels[p], e.Pixels[p]) : (e.Pixels[p * 3], e.Pixels[(p * 3) + 1], e.Pixels[(p * 3) + 2])).ToString())))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(kinds, k => Assert.True(extracted.Contains(Flat(k.Item2)), $"{k.Item1} is not in the PDF with its pixels"));
        Assert.Equal(kinds.Select(k => Flat(k.Item2)).ToHashSet(StringComparer.Ordinal).Count, extracted.Count);

        Assert.Empty(PdfAChecks.Run(path));
        _ = report;
    }

    /// <summary>What the page shows of a source, as text: equal sources give equal text.</summary>
    private static string Flat(SourcePng source) =>
        string.Concat(Enumerable.Range(0, Width * Height).Select(p => source.OverWhite(p).ToString()));

    /// <summary>A PNG of known pixels, in one colour type, depth and interlacing, written by the test itself.</summary>
    private sealed class SourcePng
    {
        private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
            [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

        private readonly int _colour;
        private readonly int _depth;
        private readonly byte[] _palette = Enumerable.Range(0, 16 * 3).Select(i => (byte)((i * 53) + 7)).ToArray();
        private readonly byte[]? _alphas;
        private readonly int[]? _key;

        public SourcePng(int colour, int depth, bool interlaced, bool transparency)
        {
            _colour = colour;
            _depth = depth;
            if (transparency && colour == 3)
            {
                _alphas = [0, 128, 255, 64];
            }
            else if (transparency)
            {
                _key = Enumerable.Range(0, colour == 0 ? 1 : 3).Select(c => Sample(3, 2, c)).ToArray(); // one pixel's own colour
            }

            Bytes = Encode(interlaced);
        }

        public byte[] Bytes { get; }

        private int Channels => _colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

        private int Max => (1 << _depth) - 1;

        /// <summary>The pixel's expected colour: each sample scaled to 8 bits, composited over white by its alpha.</summary>
        public (byte R, byte G, byte B) OverWhite(int p)
        {
            int x = p % Width, y = p / Width;
            int r, g, b, a;
            if (_colour == 3)
            {
                var index = Sample(x, y, 0);
                (r, g, b) = (_palette[index * 3], _palette[(index * 3) + 1], _palette[(index * 3) + 2]);
                a = _alphas is not null && index < _alphas.Length ? _alphas[index] : 255;
            }
            else
            {
                var colours = _colour is 0 or 4 ? 1 : 3;
                var samples = Enumerable.Range(0, Channels).Select(c => Sample(x, y, c)).ToArray();
                var eight = samples.Select(To8).ToArray();
                (r, g, b) = colours == 1 ? (eight[0], eight[0], eight[0]) : (eight[0], eight[1], eight[2]);
                a = Channels > colours ? eight[colours] : _key is not null && samples.Take(colours).SequenceEqual(_key) ? 0 : 255;
            }

            byte Over(int v) => (byte)(((v * a) + (255 * (255 - a)) + 127) / 255);
            return (Over(r), Over(g), Over(b));
        }

        private int To8(int sample) => _depth == 16 ? sample >> 8 : _depth == 8 ? sample : sample * 255 / Max;

        private int Sample(int x, int y, int c) =>
            _colour == 3 ? ((x + (3 * y) + c) % Math.Min(16, Max + 1)) : (int)((uint)(((x * 31) + (y * 17) + (c * 59) + 5) * 2654435761u) % (uint)(Max + 1));

        private byte[] Encode(bool interlaced)
        {
            using var raw = new MemoryStream();
            var filter = 0;
            foreach (var (x0, y0, dx, dy) in interlaced ? Adam7 : [(0, 0, 1, 1)])
            {
                var columns = Enumerable.Range(0, Width).Where(x => x >= x0 && (x - x0) % dx == 0).ToList();
                var rows = Enumerable.Range(0, Height).Where(y => y >= y0 && (y - y0) % dy == 0).ToList();
                if (columns.Count == 0 || rows.Count == 0)
                {
                    continue;
                }

                byte[]? prior = null;
                foreach (var y in rows)
                {
                    var line = Pack(columns.SelectMany(x => Enumerable.Range(0, Channels).Select(c => Sample(x, y, c))).ToList());
                    prior ??= new byte[line.Length];
                    raw.WriteByte((byte)filter);
                    raw.Write(Filter(filter, line, prior));
                    prior = line;
                    filter = (filter + 1) % 5; // every filter type in turn
                }
            }

            using var png = new MemoryStream();
            png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            var header = new byte[13];
            BinaryPrimitives.WriteUInt32BigEndian(header, Width);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), Height);
            (header[8], header[9], header[12]) = ((byte)_depth, (byte)_colour, interlaced ? (byte)1 : (byte)0);
            PngFile.Chunk(png, "IHDR", header);
            if (_colour == 3)
            {
                PngFile.Chunk(png, "PLTE", _palette);
            }

            if (_alphas is not null)
            {
                PngFile.Chunk(png, "tRNS", _alphas);
            }
            else if (_key is not null)
            {
                PngFile.Chunk(png, "tRNS", _key.SelectMany(k => new[] { (byte)(k >> 8), (byte)k }).ToArray());
            }

            using (var data = new MemoryStream())
            {
                using (var z = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
                {
                    z.Write(raw.ToArray());
                }

                PngFile.Chunk(png, "IDAT", data.ToArray());
            }

            PngFile.Chunk(png, "IEND", []);
            return png.ToArray();
        }

        private byte[] Pack(List<int> samples)
        {
            if (_depth == 16)
            {
                return samples.SelectMany(s => new[] { (byte)(s >> 8), (byte)s }).ToArray();
            }

            var bytes = new byte[((samples.Count * _depth) + 7) / 8];
            for (var i = 0; i < samples.Count; i++)
            {
                var bit = i * _depth;
                bytes[bit / 8] |= (byte)(samples[i] << (8 - _depth - (bit % 8)));
            }

            return bytes;
        }

        private byte[] Filter(int type, byte[] line, byte[] prior)
        {
            var step = Math.Max(1, Channels * _depth / 8);
            var output = new byte[line.Length];
            for (var i = 0; i < line.Length; i++)
            {
                int a = i >= step ? line[i - step] : 0, b = prior[i], c = i >= step ? prior[i - step] : 0;
                var predicted = type switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Math.Abs(b - c) <= Math.Abs(a - c) && Math.Abs(b - c) <= Math.Abs(a + b - (2 * c)) ? a : Math.Abs(a - c) <= Math.Abs(a + b - (2 * c)) ? b : c,
                    _ => 0,
                };
                output[i] = (byte)(line[i] - predicted);
            }

            return output;
        }
    }
}

/// <summary>The test's own reading of 8-bit grey or RGB PNGs (any filter), and its chunk writer.</summary>
internal static class PngFile
{
    public static (bool Grey, byte[] Pixels) Decode(byte[] png)
    {
        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        int depth = png[24], colour = png[25], interlace = png[28];
        Assert.True(depth == 8 && colour is 0 or 2 && interlace == 0, $"expected an 8-bit grey or RGB PNG, got depth {depth}, colour type {colour}, interlace {interlace}");
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        z.CopyTo(inflated);
        var data = inflated.ToArray();
        var channels = colour == 0 ? 1 : 3;
        var stride = width * channels;
        var pixels = new byte[height * stride];
        var prior = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? pixels[(y * stride) + i - channels] : 0, b = prior[i], c = i >= channels ? prior[i - channels] : 0;
                var p = a + b - c;
                var paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                pixels[(y * stride) + i] = (byte)(data[(y * (stride + 1)) + 1 + i] + filter switch { 1 => a, 2 => b, 3 => (a + b) / 2, 4 => paeth, _ => 0 });
            }

            prior = pixels.AsSpan(y * stride, stride).ToArray();
        }

        return (colour == 0, pixels);
    }

    public static void Chunk(Stream s, string type, byte[] data)
    {
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        s.Write(buffer);
        s.Write(body);
        var crc = 0xFFFFFFFFu;
        foreach (var b in body)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, ~crc);
        s.Write(buffer);
    }
}
