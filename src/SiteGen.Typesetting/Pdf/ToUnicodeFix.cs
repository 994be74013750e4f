using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 writes a ToUnicode destination as the code point in hex, so a character outside the Basic
/// Multilingual Plane (𠮷 U+20BB7, Ext B–G names and places) becomes five hex digits, which readers take as
/// U+20BB plus garbage. ToUnicode destinations are UTF-16BE (ISO 32000-1 §9.10.3): we read PDFsharp's mappings and
/// write the CMap again, every destination as UTF-16 (a surrogate pair above U+FFFF), in blocks of at most 100.
/// </summary>
internal static partial class ToUnicodeFix
{
    private const int MaxBlock = 100; // entries per beginbfchar block (ISO 32000-1 §9.10.3 via Adobe TN 5411)

    public static void Apply(PdfObjectFile file)
    {
        var targets = file.Objects.SelectMany(o => ToUnicodeRef().Matches(o.Body).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToHashSet();
        foreach (var o in file.Objects)
        {
            if (!targets.Contains(o.Number) || o.Data is not { } data) continue;
            var compressed = o.Body.Contains("/Filter/FlateDecode", StringComparison.Ordinal);
            var text = Encoding.Latin1.GetString(compressed ? StreamRedeflater.Inflate(data) : data);
            var rewritten = Rewrite(text);
            if (rewritten == text) continue;
            var bytes = Encoding.Latin1.GetBytes(rewritten);
            o.Data = compressed ? StreamRedeflater.Deflate(bytes) : bytes;
            o.DeflatedHere = compressed;
        }
    }

    /// <summary>The CMap with every mapping as a bfchar entry whose destination is UTF-16BE; unchanged when all are already.</summary>
    public static string Rewrite(string cmap)
    {
        var mappings = new SortedDictionary<int, string>();
        var changed = false;
        var codeDigits = 4;
        // Only inside bfrange/bfchar blocks: a codespacerange line looks like a bfchar entry.
        var ranges = string.Concat(Block(cmap, "beginbfrange", "endbfrange"));
        var chars = string.Concat(Block(cmap, "beginbfchar", "endbfchar"));
        foreach (Match m in RangeEntry().Matches(ranges))
        {
            var low = Hex(m.Groups[1].Value);
            var high = Hex(m.Groups[2].Value);
            var destination = Utf16(m.Groups[3].Value, out var fixedOne);
            changed |= fixedOne;
            codeDigits = m.Groups[1].Value.Length;
            // A range increments the destination's last code unit, code by code.
            for (var code = low; code <= high; code++) mappings[code] = Increment(destination, code - low);
        }
        foreach (Match m in CharEntry().Matches(chars))
        {
            mappings[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value, out var fixedOne);
            changed |= fixedOne;
            codeDigits = m.Groups[1].Value.Length;
        }
        if (!changed) return cmap;
        var start = cmap.IndexOf("endcodespacerange", StringComparison.Ordinal) + "endcodespacerange".Length;
        var end = cmap.IndexOf("endcmap", StringComparison.Ordinal);
        var body = new StringBuilder("\n");
        foreach (var block in mappings.Chunk(MaxBlock))
        {
            body.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (code, destination) in block)
                body.Append('<').Append(code.ToString("X" + codeDigits, CultureInfo.InvariantCulture)).Append("><").Append(destination).Append(">\n");
            body.Append("endbfchar\n");
        }
        return cmap[..start] + body + cmap[end..];
    }

    /// <summary>A destination as UTF-16BE hex: PDFsharp's bare code points (not a multiple of four digits) are converted.</summary>
    private static string Utf16(string hex, out bool converted)
    {
        converted = hex.Length % 4 != 0;
        if (!converted) return hex.ToUpperInvariant();
        var rune = new Rune(Hex(hex));
        Span<char> units = stackalloc char[2];
        var n = rune.EncodeToUtf16(units);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(((int)units[i]).ToString("X4", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string Increment(string utf16Hex, int by)
    {
        if (by == 0) return utf16Hex;
        var last = Hex(utf16Hex[^4..]) + by;
        return utf16Hex[..^4] + last.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Block(string cmap, string begin, string end)
    {
        for (var at = cmap.IndexOf(begin, StringComparison.Ordinal); at >= 0; at = cmap.IndexOf(begin, at, StringComparison.Ordinal))
        {
            var stop = cmap.IndexOf(end, at, StringComparison.Ordinal);
            if (stop < 0) yield break;
            yield return cmap[(at + begin.Length)..stop];
            at = stop;
        }
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex("/ToUnicode (\\d+) 0 R")]
    private static partial Regex ToUnicodeRef();

    [GeneratedRegex("(?m)^<([0-9A-Fa-f]+)><([0-9A-Fa-f]+)><([0-9A-Fa-f]+)>\\s*$")]
    private static partial Regex RangeEntry();

    [GeneratedRegex("(?m)^<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*$")]
    private static partial Regex CharEntry();
}
