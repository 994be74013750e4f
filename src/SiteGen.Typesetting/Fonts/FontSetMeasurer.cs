using System.Collections.Concurrent;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// The real measurer: each role has a fallback chain of families (e.g. Noto Serif CJK SC → Noto Sans CJK SC →
/// DejaVu Sans); a character is set in the first face that has it. Widths come from the face's hmtx via HarfBuzz.
/// </summary>
internal sealed class FontSetMeasurer(EditionSettings settings) : ITextMeasurer
{
    private readonly ConcurrentDictionary<(FontRole, bool, int), string?> _choice = new();
    private readonly ConcurrentDictionary<string, FontFace> _faces = new();

    public string? FaceFor(TextStyle style, int codePoint) => _choice.GetOrAdd((style.Role, style.Bold, codePoint), key =>
    {
        var chain = key.Item1 == FontRole.Heading ? settings.HeadingFonts : settings.BodyFonts;
        foreach (var family in chain)
        {
            var face = (key.Item2 ? FontLocator.Find(family, true) : null) ?? FontLocator.Find(family, false);
            if (face is null || !face.Has(key.Item3)) continue;
            _faces.TryAdd(face.Key, face);
            return face.Key;
        }
        return null;
    });

    public double AdvanceEm(string face, int codePoint) => _faces.TryGetValue(face, out var f) ? f.AdvanceEm(codePoint) : 0.5;

    public FontFace Face(string key) => _faces[key];

    /// <summary>Families in the chains that fontconfig does not know (reported, not fatal while another face covers the text).</summary>
    public IEnumerable<string> MissingFamilies() =>
        settings.BodyFonts.Concat(settings.HeadingFonts).Distinct().Where(f => FontLocator.Find(f, false) is null);
}
