using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 ends its Flate streams without the final block and Adler-32 checksum; readers cope, but
/// qpdf warns ("input stream is complete but output may still be valid") and strict validators reject it.
/// We inflate each stream and deflate it again with .NET's zlib, which is deterministic for the same runtime.
/// </summary>
internal static partial class StreamRedeflater
{
    public static void Apply(PdfObjectFile file)
    {
        foreach (var o in file.Objects)
        {
            if (o.Data is not { } data || o.DeflatedHere || !o.Body.Contains("/Filter/FlateDecode", StringComparison.Ordinal)) continue;
            o.Data = Redeflate(data);
        }
    }

    /// <summary>Large streams (the font programs) repeat across a report's editions; remembered by their bytes as PDFsharp wrote them.</summary>
    private const int CacheFrom = 16 * 1024;
    private const int MaxCached = 48;
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Cache = new(StringComparer.Ordinal);

    /// <summary>The same result as <c>Deflate(Inflate(data))</c>; PDFsharp's compression is deterministic, so equal input bytes mean equal content.</summary>
    public static byte[] Redeflate(byte[] data)
    {
        if (data.Length < CacheFrom) return Deflate(Inflate(data));
        var key = Convert.ToHexString(SHA256.HashData(data));
        if (Cache.TryGetValue(key, out var cached)) return cached.Value;
        if (Cache.Count >= MaxCached) Cache.Clear();
        // Editions render in parallel: the first to ask deflates, the others wait for its bytes.
        return Cache.GetOrAdd(key, _ => new Lazy<byte[]>(() => Deflate(Inflate(data)))).Value;
    }

    /// <summary>
    /// PDFsharp is told not to compress (<c>NoCompression</c>), which leaves only the embedded font programs plain; we
    /// deflate those here, once per distinct program, and label them /Filter/FlateDecode.
    /// The result is what deflating PDFsharp's compressed copy again gave, without compressing twice and inflating once.
    /// </summary>
    public static void CompressFontPrograms(PdfObjectFile file)
    {
        foreach (var o in file.Objects)
        {
            if (o.Data is not { } data) continue;
            var m = PlainFontProgram().Match(o.Body);
            if (!m.Success || m.Groups[2].Value != data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)) continue;
            o.Body = $"<<{m.Groups[1].Value}/Filter/FlateDecode/Length {m.Groups[2].Value}>>";
            o.Data = DeflateOnce(data);
        }
    }

    private static byte[] DeflateOnce(byte[] plain)
    {
        var key = "plain:" + Convert.ToHexString(SHA256.HashData(plain));
        if (Cache.TryGetValue(key, out var cached)) return cached.Value;
        if (Cache.Count >= MaxCached) Cache.Clear();
        var deflated = Cache.GetOrAdd(key, _ => new Lazy<byte[]>(() => Deflate(plain))).Value;
        // Re-deflating our own output gives the same bytes: let Apply find it instead of inflating it again.
        Cache.TryAdd(Convert.ToHexString(SHA256.HashData(deflated)), new Lazy<byte[]>(deflated));
        return deflated;
    }

    /// <summary>A TrueType program as PDFsharp left it (/Length1 is its plain length), or a bare CFF from <see cref="CffFontFix"/>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^<<(/Length1 \\d+|/Subtype/CIDFontType0C)/Length (\\d+)>>$")]
    private static partial System.Text.RegularExpressions.Regex PlainFontProgram();

    /// <summary>Inflates what is there, tolerating a missing end of stream.</summary>
    public static byte[] Inflate(byte[] data)
    {
        using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = z.Read(buffer)) > 0) output.Write(buffer, 0, n);
        }
        catch (InvalidDataException) { /* truncated tail: keep what inflated */ }
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return output.ToArray();
    }
}
