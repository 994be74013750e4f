using System.Collections.Concurrent;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// One face of a font file (a .ttc holds several), opened once per process for coverage and advance widths.
/// Thread-safe: HarfBuzz fonts are immutable once created, and our caches are concurrent.
/// </summary>
internal sealed class FontFace
{
    private const uint NoLayoutClosure = 0x200; // HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE
    // Keyed by "path#index" (as Key), not a (string, int) tuple: a concurrent dictionary over a tuple is generic code
    // ReadyToRun cannot precompile, JIT-compiled in every process that looks at a font.
    private static readonly ConcurrentDictionary<string, Lazy<FontFace>> Open = new(StringComparer.Ordinal);
    private readonly IntPtr _face;
    private readonly IntPtr _font;
    private readonly ConcurrentDictionary<int, double> _advances = new();
    private readonly ConcurrentDictionary<int, bool> _coverage = new();

    private FontFace(string path, int index, string family)
    {
        Path = path;
        Index = index;
        Family = family;
        var blob = MappedFontFile.CreateBlob(path);
        if (blob == IntPtr.Zero) blob = HarfBuzzNative.hb_blob_create_from_file_or_fail(path);
        if (blob == IntPtr.Zero) throw new FileNotFoundException($"Cannot read font file {path}", path);
        _face = HarfBuzzNative.hb_face_create(blob, (uint)index);
        HarfBuzzNative.hb_blob_destroy(blob);
        UnitsPerEm = HarfBuzzNative.hb_face_get_upem(_face);
        _font = HarfBuzzNative.hb_font_create(_face);
        HarfBuzzNative.hb_font_set_scale(_font, (int)UnitsPerEm, (int)UnitsPerEm);
    }

    public string Path { get; }
    public int Index { get; }
    public string Family { get; }
    public uint UnitsPerEm { get; }
    public string Key => $"{Path}#{Index}";

    public static FontFace Get(string path, int index, string family) =>
        Open.GetOrAdd($"{path}#{index}", _ => new Lazy<FontFace>(() => new FontFace(path, index, family))).Value;

    public bool Has(int codePoint) => _coverage.GetOrAdd(codePoint,
        cp => HarfBuzzNative.hb_font_get_nominal_glyph(_font, (uint)cp, out var glyph) != 0 && glyph != 0);

    /// <summary>Advance width in em.</summary>
    public double AdvanceEm(int codePoint) => _advances.GetOrAdd(codePoint, cp =>
    {
        if (HarfBuzzNative.hb_font_get_nominal_glyph(_font, (uint)cp, out var glyph) == 0) return 0;
        return HarfBuzzNative.hb_font_get_glyph_h_advance(_font, glyph) / (double)UnitsPerEm;
    });

    /// <summary>A standalone OpenType font holding only the glyphs for <paramref name="codePoints"/>.</summary>
    public byte[] Subset(IEnumerable<int> codePoints)
    {
        var input = HarfBuzzNative.hb_subset_input_create_or_fail();
        try
        {
            // Glyphs are renumbered (0..n-1), so the subset holds only what is drawn; BareCff gives the CFF an identity
            // charset to match. We draw nominal glyphs only, so no layout closure: GSUB alternates (vertical forms,
            // localised shapes) would never be used.
            HarfBuzzNative.hb_subset_input_set_flags(input, NoLayoutClosure);
            var set = HarfBuzzNative.hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) HarfBuzzNative.hb_set_add(set, (uint)cp);
            var subset = HarfBuzzNative.hb_subset_or_fail(_face, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz could not subset {Key}");
            var blob = HarfBuzzNative.hb_face_reference_blob(subset);
            var bytes = HarfBuzzNative.CopyBlob(blob);
            HarfBuzzNative.hb_blob_destroy(blob);
            HarfBuzzNative.hb_face_destroy(subset);
            return bytes;
        }
        finally
        {
            HarfBuzzNative.hb_subset_input_destroy(input);
        }
    }
}
