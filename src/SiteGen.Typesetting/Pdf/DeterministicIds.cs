using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Same input, same bytes. PDFsharp draws the file /ID, the XMP document ids and the font subset tags
/// at random; we set the /ID from the seed and rewrite the others in place with seed-derived values of
/// the same length, so no cross-reference offset moves.
/// </summary>
internal static partial class DeterministicIds
{
    public static void Apply(PdfDocument document, string seed)
    {
        var hash = Hash(seed);
        document.Internals.FirstDocumentID = Encoding.Latin1.GetString(hash, 0, 16);
        document.Internals.SecondDocumentID = Encoding.Latin1.GetString(hash, 16, 16);
    }

    /// <summary>Rewrites the random ids in every dictionary and uncompressed stream, in file order.</summary>
    public static void Normalize(PdfObjectFile file, string seed, DateOnly date)
    {
        var counter = 0;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        file.RewriteText(text => SubsetTag().Replace(text, m =>
        {
            // The same font keeps the same tag everywhere it is named.
            var key = m.Groups[1].Value + m.Groups[2].Value;
            if (!tags.TryGetValue(key, out var tag))
            {
                var h = Hash(seed + "|font|" + m.Groups[2].Value + "|" + tags.Count);
                tag = new string(h.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
                tags[key] = tag;
            }
            return tag + "+" + m.Groups[2].Value;
        }));
        file.RewriteText(text => Uuid().Replace(text, _ =>
        {
            var h = Convert.ToHexString(Hash(seed + "|uuid|" + counter++)).ToLowerInvariant();
            return $"uuid:{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
        }));
        // PDFsharp's SetPdfA labels the file PDF/A-1A, but OpenType font programs (FontFile3/OpenType) and PDF 1.7
        // belong to PDF/A-2; and we vouch for Unicode text (level U), not yet for everything level A asks.
        file.RewriteText(text => text.Replace("<pdfaid:part>1</pdfaid:part>", "<pdfaid:part>2</pdfaid:part>", StringComparison.Ordinal)
                   .Replace("<pdfaid:conformance>A</pdfaid:conformance>", "<pdfaid:conformance>U</pdfaid:conformance>", StringComparison.Ordinal));
        // Annotations carry a random /NM and the wall-clock /M.
        file.RewriteText(text => AnnotationName().Replace(text, _ =>
        {
            var h = Convert.ToHexString(Hash(seed + "|nm|" + counter++)).ToLowerInvariant();
            return $"/NM({h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]})";
        }));
        var stamp = $"/M(D:{date.Year:D4}{date.Month:D2}{date.Day:D2}000000+00'00')";
        file.RewriteText(text => AnnotationDate().Replace(text, stamp));
    }

    private static byte[] Hash(string s) => SHA256.HashData(Encoding.UTF8.GetBytes(s));

    [GeneratedRegex("([A-Z]{6})\\+((?:[A-Za-z0-9]|#20|-)+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("/NM\\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\)")]
    private static partial Regex AnnotationName();

    // Any UTC offset: PDFsharp stamps the local zone (+08'00' in Beijing), always the same length as +00'00'.
    [GeneratedRegex("/M\\(D:\\d{14}[+-]\\d{2}'\\d{2}'\\)")]
    private static partial Regex AnnotationDate();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();
}
