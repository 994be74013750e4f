using System.Collections.Concurrent;
using System.Diagnostics;

namespace SiteGen.Typesetting.Fonts;

/// <summary>Finds font files by family name through fontconfig, or takes an explicit path ("path.ttc#2").</summary>
internal static class FontLocator
{
    private static readonly ConcurrentDictionary<string, FontFace?> Found = new();

    /// <summary>The face for <paramref name="family"/>, or null when fontconfig has no such family (it would substitute).</summary>
    public static FontFace? Find(string family, bool bold) =>
        Found.GetOrAdd($"{family}|{bold}", _ => Locate(family, bold, false));

    /// <summary>
    /// The italic (or oblique) face of <paramref name="family"/>, or null when it has none: fontconfig would answer with
    /// the upright face, and setting that as "italic" would lose the emphasis without a word.
    /// </summary>
    public static FontFace? FindItalic(string family, bool bold) =>
        Found.GetOrAdd($"{family}|{bold}|italic", _ => Locate(family, bold, true));

    private static FontFace? Locate(string family, bool bold, bool italic)
    {
        using var _ = TypesetClock.Measure("pdf: find fonts (fontconfig queries, open faces)");
        if (family.Contains('/'))
        {
            var hash = family.LastIndexOf('#');
            var path = hash > 0 ? family[..hash] : family;
            var index = hash > 0 ? int.Parse(family[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture) : 0;
            return File.Exists(path) ? FontFace.Get(path, index, family) : null;
        }
        var pattern = (bold ? $"{family}:weight=bold" : $"{family}:weight=regular") + (italic ? ":slant=italic" : "");
        var output = FontConfigNative.Match(pattern) ?? RunFcMatch(pattern);
        var parts = output.Split('|');
        if (parts.Length != 5) return null;
        // slant 0 is roman, 100 italic, 110 oblique; a matrix means fontconfig would slant an upright face itself, which
        // our PDF would not do (we draw the face's own glyphs), so only a face drawn slanted counts.
        if (italic && (!int.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var slant) || slant == 0 || parts[4].Length > 0)) return null;
        // fc-match always answers with something; only accept the family we asked for.
        var families = parts[0].Split(',');
        if (!families.Any(f => string.Equals(f.Trim(), family, StringComparison.OrdinalIgnoreCase))) return null;
        return FontFace.Get(parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), family);
    }

    private static string RunFcMatch(string pattern)
    {
        var start = new ProcessStartInfo("fc-match", ["-f", "%{family}|%{file}|%{index}|%{slant}|%{matrix}", pattern])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text.Trim() : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ""; // fontconfig not installed: every family is missing, reported as diagnostics.
        }
    }
}
