using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>Recomputes the classic cross-reference table of a PDF whose objects moved (PDFsharp writes one table, no object streams).</summary>
internal static partial class XrefRebuilder
{
    public static string Rebuild(string pdf)
    {
        var xref = pdf.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var trailer = pdf.IndexOf("trailer", xref, StringComparison.Ordinal);
        var offsets = new SortedDictionary<int, int>();
        foreach (Match m in ObjectStart().Matches(pdf[..xref]))
            offsets[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Index + 1;
        var size = offsets.Keys.Max() + 1;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
            sb.Append(offsets.TryGetValue(i, out var o) ? $"{o:D10} 00000 n \n" : "0000000000 65535 f \n");
        var tail = pdf[trailer..];
        var startxref = tail.IndexOf("startxref", StringComparison.Ordinal);
        var end = tail.IndexOf("%%EOF", startxref, StringComparison.Ordinal);
        tail = tail[..startxref] + "startxref\n" + xref.ToString(CultureInfo.InvariantCulture) + "\n" + tail[end..];
        return pdf[..xref] + sb + tail;
    }

    [GeneratedRegex("\\n(\\d+) 0 obj\\n")]
    private static partial Regex ObjectStart();
}
