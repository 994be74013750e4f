using SiteGen.Diagnostics;

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
    public static Message? Problem(string relativePath)
    {
        if (relativePath.Contains('%'))
        {
            return Messages.PathHasPercent.With();
        }

        if (relativePath.Any(char.IsControl))
        {
            return Messages.PathHasControl.With();
        }

        if (relativePath.Contains('\\'))
        {
            return Messages.PathHasBackslash.With();
        }

        if (relativePath.FirstOrDefault(c => WindowsForbidden.Contains(c)) is var c && c != default)
        {
            return Messages.PathHasWindowsForbidden.With(c.ToString());
        }

        if (relativePath.Split('/').Any(part => part.EndsWith('.') && part is not ("." or "..") || part.EndsWith(' ') || part.StartsWith(' ')))
        {
            return Messages.PathEndsBadly.With();
        }

        return relativePath.Any(IsDecomposingMark)
            ? Messages.PathDecomposed.With()
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
