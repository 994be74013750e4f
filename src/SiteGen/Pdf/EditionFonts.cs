using SiteGen.Diagnostics;
using SiteGen.Typesetting.Fonts;

namespace SiteGen.Pdf;

/// <summary>
/// The font families an edition file names that fontconfig does not have: a misspelt or uninstalled family was
/// silently skipped, and the PDF set in whatever came next in the list. Each is reported at its line.
/// </summary>
internal static class EditionFonts
{
    public static IEnumerable<(Message Message, SourceLocation Location)> Unknown(EditionFile file, string yaml, string path)
    {
        var lines = yaml.Split('\n');
        foreach (var family in (file.ItalicFonts ?? []).Distinct(StringComparer.Ordinal))
        {
            if (FontLocator.FindItalic(family, bold: false) is null)
            {
                yield return (FontLocator.Find(family, bold: false) is null
                        ? Messages.EditionFontUnknown.With("italic-fonts", family)
                        : Messages.EditionNoItalic.With("italic-fonts", family),
                    LocationOf(lines, "italic-fonts", family, path));
            }
        }

        foreach (var (key, families) in new[] { ("body-fonts", file.BodyFonts), ("heading-fonts", file.HeadingFonts), ("code-fonts", file.CodeFonts ?? []) })
        {
            foreach (var family in families.Distinct(StringComparer.Ordinal))
            {
                if (FontLocator.Find(family, bold: false) is null)
                {
                    yield return (Messages.EditionFontUnknown.With(key, family),
                        LocationOf(lines, key, family, path));
                }
            }
        }
    }

    /// <summary>The line of the key's entry that holds the family (the family may sit on a "- " line below the key).</summary>
    private static SourceLocation LocationOf(string[] lines, string key, string family, string path)
    {
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        for (var i = Math.Max(0, start); i < lines.Length && start >= 0; i++)
        {
            if (i > start && lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && !lines[i].StartsWith('-'))
            {
                break; // the next key: the family was not written out on its own (e.g. a YAML alias)
            }

            var column = lines[i].IndexOf(family, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(path, i + 1, column + 1);
            }
        }

        return start >= 0 ? new SourceLocation(path, start + 1, 1) : SourceLocation.FileOnly(path);
    }
}
