using System.Globalization;
using SiteGen.Typesetting.Fonts;

namespace SiteGen.Pdf;

/// <summary>
/// Which font files the editions' families resolve to, with their sizes and times, for the cache key of
/// the PDFs: installing, updating or replacing a font rebuilds every PDF.
/// </summary>
internal static class FontFingerprint
{
    public static string Of(IEnumerable<PdfEdition> editions)
    {
        var families = editions.SelectMany(e => e.Settings.BodyFonts.Concat(e.Settings.HeadingFonts).Concat(e.Settings.CodeFonts)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var italic = editions.SelectMany(e => e.Settings.ItalicFonts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        // The lookups are fontconfig calls in this process (FontConfigNative), a fraction of a millisecond each once its
        // configuration is loaded, so they run in order; FontLocator caches the answers for the editions.
        var parts = new List<string>();
        foreach (var family in families)
        {
            foreach (var bold in new[] { false, true })
            {
                var face = FontLocator.Find(family, bold);
                var file = face is null ? null : new FileInfo(face.Path);
                parts.Add(file is { Exists: true }
                    ? string.Create(CultureInfo.InvariantCulture, $"{family}|{bold}|{face!.Key}|{file.Length}|{file.LastWriteTimeUtc.Ticks}")
                    : $"{family}|{bold}|missing");
            }
        }

        foreach (var family in italic)
        {
            foreach (var bold in new[] { false, true })
            {
                var face = FontLocator.FindItalic(family, bold);
                var file = face is null ? null : new FileInfo(face.Path);
                parts.Add(file is { Exists: true }
                    ? string.Create(CultureInfo.InvariantCulture, $"{family}|{bold}|italic|{face!.Key}|{file.Length}|{file.LastWriteTimeUtc.Ticks}")
                    : $"{family}|{bold}|italic|missing");
            }
        }

        return string.Join('\n', parts);
    }
}
