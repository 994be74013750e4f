using System.IO.Compression;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 embeds CFF-flavoured OpenType (the Noto CJK faces) as /FontFile2 under /CIDFontType2, which the
/// spec reserves for TrueType outlines; strict readers and PDF/A validators reject that. We rewrite those fonts to
/// /FontFile3 /Subtype /OpenType under /CIDFontType0 (the cross-reference table is laid out again on writing).
/// Subsets keep their original glyph ids, and Noto CJK's CIDs equal its glyph ids, so PDFsharp's codes stay valid
/// under either reading. Works on the parsed objects, so the font programs are never copied as text.
/// </summary>
internal static partial class CffFontFix
{
    public static void Apply(PdfObjectFile file)
    {
        var cffObjects = new HashSet<string>();
        foreach (var o in file.Objects)
            foreach (Match m in FontFile2Ref().Matches(o.Body))
                if (IsCff(file, m.Groups[1].Value)) cffObjects.Add(m.Groups[1].Value);
        if (cffObjects.Count == 0) return;
        var numbers = cffObjects.Select(int.Parse).ToHashSet();
        file.RewriteText(text =>
        {
            foreach (var n in cffObjects)
                text = text.Replace($"/FontFile2 {n} 0 R", $"/FontFile3 {n} 0 R", StringComparison.Ordinal);
            return text;
        });
        foreach (var o in file.Objects)
            if (numbers.Contains(o.Number)) o.Body = Length1().Replace(o.Body, "<</Subtype/OpenType", 1);
        file.RewriteText(text => text.Replace("/Subtype/CIDFontType2", "/Subtype/CIDFontType0", StringComparison.Ordinal)
                                     .Replace("/CIDToGIDMap/Identity", "", StringComparison.Ordinal));
    }

    private static bool IsCff(PdfObjectFile file, string objectNumber)
    {
        var number = int.Parse(objectNumber);
        var o = file.Objects.FirstOrDefault(x => x.Number == number);
        if (o?.Data is not { } data) return false;
        try
        {
            using var z = new ZLibStream(new MemoryStream(data, 0, Math.Min(4096, data.Length)), CompressionMode.Decompress);
            var head = new byte[4];
            z.ReadExactly(head);
            return head is [(byte)'O', (byte)'T', (byte)'T', (byte)'O'];
        }
        catch (InvalidDataException) { return false; }
        catch (EndOfStreamException) { return false; }
    }

    [GeneratedRegex("/FontFile2 (\\d+) 0 R")]
    private static partial Regex FontFile2Ref();

    [GeneratedRegex("^<</Length1 \\d+")]
    private static partial Regex Length1();
}
