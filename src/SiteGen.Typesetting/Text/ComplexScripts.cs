namespace SiteGen.Typesetting.Text;

/// <summary>
/// Scripts the engine cannot set: it places one glyph per character, left to right, with each font's nominal
/// glyph and no shaping. That is right for Han, Latin, Cyrillic and Greek, but a right-to-left script (Arabic,
/// Hebrew, Syriac, Thaana, N'Ko…) would come out backwards and unjoined, and the Indic, Tibetan, Southeast Asian and
/// Mongolian scripts need letters joined, reordered or lines broken by dictionary. Text in them is reported
/// (SG019) rather than set wrongly; the page and the EPUB, which browsers shape, show it as written.
/// </summary>
public static class ComplexScripts
{
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x0590, 0x08FF),   // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
        (0x0900, 0x0DFF),   // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
        (0x0E00, 0x0FFF),   // Thai, Lao, Tibetan
        (0x1000, 0x109F),   // Myanmar
        (0x1780, 0x18AF),   // Khmer, Mongolian
        (0xA8E0, 0xA8FF),   // Devanagari Extended
        (0xFB1D, 0xFDFF),   // Hebrew and Arabic presentation forms
        (0xFE70, 0xFEFF),   // Arabic presentation forms B (FEFF itself is the byte-order mark, not text; excluded below)
        (0x10800, 0x10FFF), // historic right-to-left scripts, Hanifi Rohingya, Arabic extended C
        (0x1E800, 0x1EFFF), // Mende Kikakui, Adlam, Arabic mathematical letters
    ];

    /// <summary>True for a character of a script the engine cannot set (see the class comment).</summary>
    public static bool Contains(int codePoint)
    {
        if (codePoint < 0x0590 || codePoint == 0xFEFF) return false;
        foreach (var (first, last) in Ranges)
        {
            if (codePoint < first) return false;
            if (codePoint <= last) return true;
        }
        return false;
    }
}
