using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 embeds CFF-flavoured OpenType (the Noto CJK faces) as /FontFile2 under /CIDFontType2, which the
/// spec reserves for TrueType outlines; strict readers and PDF/A validators reject that. We rewrite those fonts to
/// /FontFile3 /Subtype /OpenType under /CIDFontType0 and rebuild the cross-reference table. Subsets keep their
/// original glyph ids, and Noto CJK's CIDs equal its glyph ids, so PDFsharp's codes stay valid under either reading.
/// </summary>
internal static partial class CffFontFix
{
    public static byte[] Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var cffObjects = new HashSet<string>();
        foreach (Match m in FontFile2Ref().Matches(text))
            if (IsCff(text, m.Groups[1].Value)) cffObjects.Add(m.Groups[1].Value);
        if (cffObjects.Count == 0) return pdf;
        foreach (var n in cffObjects)
        {
            text = text.Replace($"/FontFile2 {n} 0 R", $"/FontFile3 {n} 0 R", StringComparison.Ordinal);
            text = Regex.Replace(text, $"(\\n{n} 0 obj\\n<<)/Length1 \\d+", "$1/Subtype/OpenType");
        }
        text = text.Replace("/Subtype/CIDFontType2", "/Subtype/CIDFontType0", StringComparison.Ordinal)
                   .Replace("/CIDToGIDMap/Identity", "", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(XrefRebuilder.Rebuild(text));
    }

    private static bool IsCff(string text, string objectNumber)
    {
        var start = text.IndexOf($"\n{objectNumber} 0 obj\n", StringComparison.Ordinal);
        if (start < 0) return false;
        var streamStart = text.IndexOf("stream\n", start, StringComparison.Ordinal) + 7;
        var bytes = Encoding.Latin1.GetBytes(text.Substring(streamStart, Math.Min(4096, text.Length - streamStart)));
        try
        {
            using var z = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var head = new byte[4];
            z.ReadExactly(head);
            return head is [(byte)'O', (byte)'T', (byte)'T', (byte)'O'];
        }
        catch (InvalidDataException) { return false; }
        catch (EndOfStreamException) { return false; }
    }

    [GeneratedRegex("/FontFile2 (\\d+) 0 R")]
    private static partial Regex FontFile2Ref();
}
