using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// Subsets once per (face, character set) per process, shared by every edition and every parallel build.
/// The family name PDFsharp sees encodes the hash, so different subsets never collide in its global caches.
/// </summary>
internal static class SubsetCache
{
    private static readonly ConcurrentDictionary<string, Lazy<SubsetFont>> Cache = new();

    public static SubsetFont Get(FontFace face, IReadOnlyCollection<int> codePoints)
    {
        var sorted = codePoints.Distinct().Order().ToArray();
        if (sorted.Length > 0 && sorted[0] > 0xFFFF)
        {
            // Only characters beyond the BMP (an emoji, 𠮷 alone in a face): the subset would carry no BMP cmap
            // subtable, and PDFsharp reads its metrics through one and fails. A space gives it one, and draws nothing.
            sorted = [' ', .. sorted];
        }

        var key = face.Key + "|" + string.Join(',', sorted);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return Cache.GetOrAdd(hash, h => new Lazy<SubsetFont>(() => new SubsetFont("SG" + h,
            SfntRenamer.Rename(face.Subset(sorted), PostScriptName(face.Family) + "-SG" + h)))).Value;
    }

    public static int Count => Cache.Count;

    /// <summary>Forgets every subset; only <see cref="FontMemory"/> calls this, when no render is in flight.</summary>
    public static void Clear() => Cache.Clear();

    private static string PostScriptName(string family) =>
        new(family.Where(c => char.IsAsciiLetterOrDigit(c)).Take(40).ToArray());

    public static byte[]? Bytes(string familyName)
    {
        var hash = familyName.StartsWith("SG", StringComparison.Ordinal) ? familyName[2..] : familyName;
        return Cache.TryGetValue(hash, out var lazy) ? lazy.Value.Bytes : null;
    }
}

internal sealed record SubsetFont(string FamilyName, byte[] Bytes);
