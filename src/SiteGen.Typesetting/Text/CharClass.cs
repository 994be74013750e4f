namespace SiteGen.Typesetting.Text;

/// <summary>Character classes used by the Chinese line-breaking and justification rules (docs/typography.md rules 3-9).</summary>
internal static class CharClass
{
    // docs/typography.md rule 3: never at the start of a line.
    private const string NoStartChars = "，。、；：？！”’）》】」』〉〕·・％‰";
    // docs/typography.md rule 3 for text set as given (normalize_punctuation: false): ASCII closing marks stay off a line's start.
    private const string AsciiNoStartChars = ",.;:?!)]}%";
    // docs/typography.md rule 4 for ASCII opening marks.
    private const string AsciiNoEndChars = "([{";
    // docs/typography.md rule 4: never at the end of a line.
    private const string NoEndChars = "“‘（《【「『〈〔";
    // Full-width marks whose glyph sits in the left half of the em (the right half is blank and may be removed).
    private const string LeftGlyphPunct = "，。、；：？！”’）》】」』〉〕";
    // Full-width marks whose glyph sits in the right half (the left half may be removed).
    private const string RightGlyphPunct = "“‘（《【「『〈〔";

    public static bool IsNoStart(int cp) => cp < 0x10000 && NoStartChars.Contains((char)cp);
    public static bool IsNoEnd(int cp) => cp < 0x10000 && NoEndChars.Contains((char)cp);
    public static bool IsAsciiNoStart(char c) => AsciiNoStartChars.Contains(c);
    public static bool IsAsciiNoEnd(char c) => AsciiNoEndChars.Contains(c);
    public static bool IsLeftGlyphPunct(int cp) => cp < 0x10000 && LeftGlyphPunct.Contains((char)cp);
    public static bool IsRightGlyphPunct(int cp) => cp < 0x10000 && RightGlyphPunct.Contains((char)cp);
    public static bool IsChinesePunct(int cp) => IsLeftGlyphPunct(cp) || IsRightGlyphPunct(cp) || cp is '·' or '…' or '—' or '・';

    public static bool IsHan(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x3134F or >= 0xF900 and <= 0xFAFF
            or >= 0x3040 and <= 0x30FF or >= 0x3005 and <= 0x3007;

    /// <summary>Characters set on a full em: Han, kana, full-width forms and CJK punctuation.</summary>
    public static bool IsWide(int cp) =>
        IsHan(cp) || cp is >= 0x3000 and <= 0x303F or >= 0xFF01 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            || IsChinesePunct(cp);

    /// <summary>间隔号: the Chinese interpunct and its katakana twin.</summary>
    public static bool IsInterpunct(int cp) => cp is '·' or '・' or '‧';

    public static bool IsSpace(int cp) => cp is ' ' or '\t' or '\n' or '\u00A0';

    /// <summary>Characters that start a new atom of their own (each Han character, each Chinese mark).</summary>
    public static bool StandsAlone(int cp) => IsWide(cp);

    public static bool IsLatinLetterOrDigit(int cp) => cp < 0x3000 && (char.IsLetterOrDigit((char)cp) || cp > 0xFFFF);
}
