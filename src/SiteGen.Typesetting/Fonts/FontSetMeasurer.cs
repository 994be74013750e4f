using System.Collections.Concurrent;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// The real measurer: each role has a fallback chain of families (e.g. Noto Serif CJK SC → Noto Sans CJK SC →
/// DejaVu Sans); a character is set in the first face that has it. Widths come from the face's hmtx via HarfBuzz.
/// Italic text tries the edition's italic faces first and falls back to its role's upright chain for what they lack
/// (a full-width mark beside an English title); code tries the monospace faces, then the body chain.
/// </summary>
internal sealed class FontSetMeasurer(EditionSettings settings) : ITextMeasurer
{
    private readonly ConcurrentDictionary<(FontRole, bool, bool, int), string?> _choice = new();
    private readonly ConcurrentDictionary<string, FontFace> _faces = new();

    public string? FaceFor(TextStyle style, int codePoint) => _choice.GetOrAdd((style.Role, style.Bold, style.Italic, codePoint), key =>
    {
        var (role, bold, italic, cp) = key;
        if (italic && role != FontRole.Code)
            foreach (var family in settings.ItalicFonts)
                if (Take((bold ? FontLocator.FindItalic(family, true) : null) ?? FontLocator.FindItalic(family, false), cp) is { } slanted)
                    return slanted;
        var chain = role switch
        {
            FontRole.Heading => settings.HeadingFonts,
            FontRole.Code => settings.CodeFonts.Concat(settings.BodyFonts),
            _ => settings.BodyFonts,
        };
        foreach (var family in chain)
            if (Take((bold ? FontLocator.Find(family, true) : null) ?? FontLocator.Find(family, false), cp) is { } upright)
                return upright;
        return null;
    });

    private string? Take(FontFace? face, int codePoint)
    {
        if (face is null || !face.Has(codePoint)) return null;
        _faces.TryAdd(face.Key, face);
        return face.Key;
    }

    public double AdvanceEm(string face, int codePoint) => _faces.TryGetValue(face, out var f) ? f.AdvanceEm(codePoint) : 0.5;

    public FontFace Face(string key) => _faces[key];

    /// <summary>Families in the chains that fontconfig does not know (reported, not fatal while another face covers the text).</summary>
    public IEnumerable<string> MissingFamilies() =>
        settings.BodyFonts.Concat(settings.HeadingFonts).Concat(settings.CodeFonts).Distinct().Where(f => FontLocator.Find(f, false) is null);
}
