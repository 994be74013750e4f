using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// The objects of a PDF as PDFsharp writes it (one classic xref table, no object streams, direct /Length),
/// read sequentially so stream bytes are never mistaken for syntax. Post-processing edits objects here and
/// <see cref="Write"/> lays the file out again with a fresh cross-reference table. Text is Latin-1, byte for byte.
/// </summary>
internal sealed partial class PdfObjectFile
{
    public sealed class PdfObj(int number, string body, byte[]? data)
    {
        public int Number { get; } = number;
        /// <summary>The object's text; for a stream, only its dictionary.</summary>
        public string Body { get; set; } = body;
        public byte[]? Data { get; set; } = data;
        /// <summary>
        /// Data that our own zlib deflated (a rewritten content stream or CMap): deflating it again after inflating would
        /// give the same bytes, so <see cref="StreamRedeflater.Apply"/> leaves it as it is.
        /// </summary>
        public bool DeflatedHere { get; set; }
        public bool IsStream => Data is not null;
    }

    private readonly string _header;
    public string Trailer { get; set; }
    public List<PdfObj> Objects { get; } = [];

    private PdfObjectFile(string header, string trailer)
    {
        _header = header;
        Trailer = trailer;
    }

    public PdfObj this[int number] => Objects.First(o => o.Number == number);

    /// <summary>Reads the objects of <paramref name="bytes"/> (PDFsharp's save buffer, read in place: no copy of the whole file).</summary>
    public static PdfObjectFile Parse(ReadOnlySpan<byte> bytes)
    {
        // Bytes, not one Latin-1 string of the whole file: the font programs are megabytes.
        if (!NextHeader(bytes, 0, out var firstIndex, out _, out _)) throw new InvalidOperationException("No PDF objects found.");
        var xref = bytes.LastIndexOf("\nxref\n"u8);
        var tail = Encoding.Latin1.GetString(bytes[xref..]);
        var trailerStart = tail.IndexOf("trailer", StringComparison.Ordinal) + "trailer".Length;
        var trailerEnd = tail.IndexOf("startxref", trailerStart, StringComparison.Ordinal);
        var trailer = tail[trailerStart..trailerEnd].Trim();
        var comment = trailer.LastIndexOf(">>", StringComparison.Ordinal);
        var file = new PdfObjectFile(Encoding.Latin1.GetString(bytes[..(firstIndex + 1)]), trailer[..(comment + 2)]);
        var pos = firstIndex;
        while (pos < xref)
        {
            if (!NextHeader(bytes, pos, out var index, out var bodyStart, out var number) || index >= xref) break;
            var endobj = IndexOf(bytes, "endobj"u8, bodyStart);
            var stream = IndexOf(bytes, "stream\n"u8, bodyStart);
            if (stream >= 0 && stream < endobj)
            {
                var dict = Encoding.Latin1.GetString(bytes[bodyStart..stream]).TrimEnd();
                var length = int.Parse(Length().Match(dict).Groups[1].Value, CultureInfo.InvariantCulture);
                var dataStart = stream + "stream\n".Length;
                file.Objects.Add(new PdfObj(number, dict, bytes.Slice(dataStart, length).ToArray()));
                pos = IndexOf(bytes, "endobj"u8, dataStart + length) + "endobj".Length;
            }
            else
            {
                file.Objects.Add(new PdfObj(number, Encoding.Latin1.GetString(bytes[bodyStart..endobj]).TrimEnd('\n'), null));
                pos = endobj + "endobj".Length;
            }
        }
        return file;
    }

    private static int IndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> value, int from)
    {
        var at = bytes[from..].IndexOf(value);
        return at < 0 ? -1 : at + from;
    }

    /// <summary>The first "\n{number} 0 obj\n" at or after <paramref name="from"/>.</summary>
    private static bool NextHeader(ReadOnlySpan<byte> bytes, int from, out int index, out int bodyStart, out int number)
    {
        while (true)
        {
            var k = IndexOf(bytes, " 0 obj\n"u8, from);
            if (k < 0) break;
            var j = k;
            while (j > from && bytes[j - 1] is >= (byte)'0' and <= (byte)'9') j--;
            if (j < k && j - 1 >= from && bytes[j - 1] == (byte)'\n')
            {
                index = j - 1;
                bodyStart = k + " 0 obj\n".Length;
                number = int.Parse(bytes[j..k], CultureInfo.InvariantCulture);
                return true;
            }
            from = k + 1;
        }
        index = bodyStart = number = -1;
        return false;
    }

    /// <summary>
    /// Applies <paramref name="rewrite"/> to every piece of text in file order: each object's dictionary, and the data
    /// of streams that are not Flate-compressed (the XMP packet). Compressed data is binary and never holds syntax.
    /// </summary>
    public void RewriteText(Func<string, string> rewrite)
    {
        foreach (var o in Objects)
        {
            o.Body = rewrite(o.Body);
            if (o.Data is { } data && !o.Body.Contains("/Filter/FlateDecode", StringComparison.Ordinal))
            {
                var text = Encoding.Latin1.GetString(data);
                var rewritten = rewrite(text);
                if (!ReferenceEquals(text, rewritten) && text != rewritten) o.Data = Encoding.Latin1.GetBytes(rewritten);
            }
        }
    }

    public int Add(string body, byte[]? data = null)
    {
        var number = Objects.Max(o => o.Number) + 1;
        Objects.Add(new PdfObj(number, body, data));
        return number;
    }

    /// <summary>
    /// The file laid out again. The size is known before writing (Latin-1: a byte per character), so the result is
    /// filled in one array: no string or builder of the whole file, whose copies were most of the large-object-heap
    /// allocations that forced full garbage collections in a one-report build.
    /// </summary>
    public byte[] Write()
    {
        // Pieces and offsets in a class list and a plain dictionary, not tuples or a SortedDictionary: generic code
        // over those is an instantiation ReadyToRun cannot precompile (~60 methods JIT-compiled in every process).
        var pieces = new List<Piece>(Objects.Count * 2 + 2) { new(_header, null) };
        var offsets = new Dictionary<int, int>();
        var at = _header.Length;
        foreach (var o in Objects)
        {
            offsets[o.Number] = at;
            string head;
            if (o.Data is { } data)
            {
                head = o.Number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n"
                    + Length().Replace(o.Body, "/Length " + data.Length.ToString(CultureInfo.InvariantCulture), 1) + "\nstream\n";
                pieces.Add(new Piece(head, data));
                pieces.Add(new Piece("\nendstream\nendobj\n", null));
                at += head.Length + data.Length + "\nendstream\nendobj\n".Length;
            }
            else
            {
                head = o.Number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n" + o.Body + "\nendobj\n";
                pieces.Add(new Piece(head, null));
                at += head.Length;
            }
        }
        var xref = at;
        var size = 0;
        foreach (var number in offsets.Keys) size = Math.Max(size, number + 1);
        var sb = new StringBuilder((size + 1) * 20 + Trailer.Length + 64);
        sb.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
            sb.Append(offsets.TryGetValue(i, out var offset) ? $"{offset:D10} 00000 n \n" : "0000000000 65535 f \n");
        var trailer = Size().Replace(Trailer, "/Size " + size.ToString(CultureInfo.InvariantCulture), 1);
        sb.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        var tail = sb.ToString();
        pieces.Add(new Piece(tail, null));

        var output = new byte[xref + tail.Length];
        var span = output.AsSpan();
        foreach (var (text, data) in pieces)
        {
            span = span[Encoding.Latin1.GetBytes(text, span)..];
            if (data is null) continue;
            data.CopyTo(span);
            span = span[data.Length..];
        }
        return output;
    }

    private sealed record Piece(string Text, byte[]? Data);

    [GeneratedRegex("/Length (\\d+)(?! \\d+ R)")]
    private static partial Regex Length();

    [GeneratedRegex("/Size \\d+")]
    private static partial Regex Size();
}
