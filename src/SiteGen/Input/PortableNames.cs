namespace SiteGen.Input;

/// <summary>
/// The file names a bag may carry: the same for every BagIt tool. RFC 8493 writes '%' as "%25" in manifests
/// but the Library of Congress' bagit-python does not decode it, so a name with '%' verifies with one tool and
/// fails with the other; CR and LF are encoded by both but break line-based tools; a name in decomposed Unicode
/// (NFD, as macOS may write it) is another name to a tool that normalizes. Backslashes, the characters Windows
/// forbids and trailing dots or spaces would not unpack the same on Windows. Refused at ingestion, where the
/// file is named, so nothing is renamed behind the author's back and every link keeps working.
/// </summary>
internal static class PortableNames
{
    private const string WindowsForbidden = "<>:\"|?*";

    /// <summary>Why <paramref name="relativePath"/> (forward slashes) cannot go into a bag as it is, or null.</summary>
    public static string? Problem(string relativePath)
    {
        if (relativePath.Contains('%'))
        {
            return "holds '%', which BagIt tools read differently (RFC 8493 writes it as %25, bagit-python does not decode that)";
        }

        if (relativePath.Any(char.IsControl))
        {
            return "holds a control character (a line break or tab), which BagIt manifests cannot carry alike";
        }

        if (relativePath.Contains('\\'))
        {
            return "holds a backslash, which separates folders on Windows";
        }

        if (relativePath.FirstOrDefault(c => WindowsForbidden.Contains(c)) is var c && c != default)
        {
            return $"holds '{c}', which Windows does not allow in a file name";
        }

        if (relativePath.Split('/').Any(part => part.EndsWith('.') && part is not ("." or "..") || part.EndsWith(' ') || part.StartsWith(' ')))
        {
            return "has a name that starts or ends with a space or ends with a dot, which Windows drops";
        }

        return relativePath.Any(IsDecomposingMark)
            ? "is written in decomposed Unicode (NFD, an accent or voicing mark as a separate character, as macOS may save it), which some BagIt tools normalize and others do not"
            : null;
    }

    /// <summary>
    /// The marks NFD splits off that NFC composes again: Latin, Greek and Cyrillic accents, kana voicing marks
    /// and Hangul jamo. (string.IsNormalized cannot tell: the build runs with invariant globalization, where
    /// it answers true for everything.)
    /// </summary>
    private static bool IsDecomposingMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or '\u3099' or '\u309A' or (>= '\u1100' and <= '\u11FF');
}
