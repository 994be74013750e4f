using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Fonts;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 embeds CFF-flavoured OpenType (the Noto CJK faces) as /FontFile2 under /CIDFontType2, which the
/// spec reserves for TrueType outlines; strict readers and PDF/A validators reject that. We embed only the font's
/// CFF table (<see cref="BareCff"/>) as /FontFile3 /Subtype /CIDFontType0C under /CIDFontType0: about a quarter of
/// the OpenType wrapper's size. Runs on the plain font programs, before they are deflated
/// (<see cref="StreamRedeflater.CompressFontPrograms"/>); TrueType programs are left as PDFsharp wrote them.
/// </summary>
internal static partial class CffFontFix
{
    public static void Apply(PdfObjectFile file)
    {
        var programs = new HashSet<int>();
        foreach (var o in file.Objects)
        {
            if (!o.Body.Contains("/FontFile2", StringComparison.Ordinal)) continue;
            var m = FontFile2Ref().Match(o.Body);
            var number = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var program = file[number];
            if (program.Data is not { } data || !PlainProgram().IsMatch(program.Body)) continue;
            var bare = BareCff.FromOpenType(data);
            if (bare is null)
            {
                if (data.AsSpan().StartsWith("OTTO"u8))
                    throw new InvalidOperationException($"Cannot take the CFF table out of font program {number}.");
                continue; // TrueType outlines: FontFile2 is right.
            }
            program.Data = bare;
            program.Body = $"<</Subtype/CIDFontType0C/Length {bare.Length.ToString(CultureInfo.InvariantCulture)}>>";
            o.Body = o.Body.Replace(m.Value, $"/FontFile3 {number} 0 R", StringComparison.Ordinal);
            programs.Add(o.Number);
        }
        // The CIDFonts whose descriptors now hold CFF: Type 0 CIDFonts select glyphs through the CFF's charset.
        foreach (var o in file.Objects)
        {
            var d = DescriptorRef().Match(o.Body);
            if (!d.Success || !programs.Contains(int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture))) continue;
            o.Body = o.Body.Replace("/Subtype/CIDFontType2", "/Subtype/CIDFontType0", StringComparison.Ordinal)
                           .Replace("/CIDToGIDMap/Identity", "", StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("/FontFile2 (\\d+) 0 R")]
    private static partial Regex FontFile2Ref();

    [GeneratedRegex("/FontDescriptor (\\d+) 0 R")]
    private static partial Regex DescriptorRef();

    /// <summary>A font program as PDFsharp leaves it under NoCompression.</summary>
    [GeneratedRegex("^<</Length1 \\d+/Length \\d+>>$")]
    private static partial Regex PlainProgram();
}
