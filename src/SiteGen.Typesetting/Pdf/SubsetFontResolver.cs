using PdfSharp.Fonts;
using SiteGen.Typesetting.Fonts;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide. Ours serves only subset fonts, whose family names carry the hash
/// of face and character set, so concurrent builds with different text never see each other's subsets.
/// </summary>
internal sealed class SubsetFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            GlobalFontSettings.FontResolver = new SubsetFontResolver();
            _installed = true;
        }
    }

    /// <summary>After PDFsharp's font management was reset, which also forgets the resolver.</summary>
    public static void Reinstall()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver = new SubsetFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        SubsetCache.Bytes(familyName) is null ? null : new FontResolverInfo(familyName);

    public byte[]? GetFont(string faceName) => SubsetCache.Bytes(faceName);
}
