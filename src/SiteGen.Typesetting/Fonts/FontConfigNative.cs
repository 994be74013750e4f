using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// fc-match's answer computed in-process, through the fontconfig library fc-match itself calls (parse the pattern,
/// substitute the configuration's and the default values, match): a build looks up each family of each edition
/// (regular, bold, italic), and every fc-match child process loaded fontconfig's configuration and caches again,
/// 10–15 processes a build. Null when the library cannot be loaded; the caller then runs fc-match.
/// </summary>
internal static partial class FontConfigNative
{
    private const string Lib = "libfontconfig.so.1";
    private const int MatchPattern = 0; // FcMatchPattern
    private const int ResultMatch = 0; // FcResultMatch
    private static readonly Lock Gate = new();
    private static bool _unavailable;

    /// <summary>What <c>fc-match -f "%{family}|%{file}|%{index}|%{slant}|%{matrix}" pattern</c> prints (matrix: non-empty when set), or null.</summary>
    public static string? Match(string pattern)
    {
        // One lookup at a time: fontconfig initialises its configuration on first use, and a build needs a dozen answers.
        lock (Gate)
        {
            if (_unavailable) return null;
            try
            {
                return MatchNow(pattern);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
                return null;
            }
        }
    }

    private static string MatchNow(string pattern)
    {
        var query = FcNameParse(pattern);
        if (query == IntPtr.Zero) return "";
        try
        {
            // A null configuration is fontconfig's current one, loaded on first use, as in fc-match.
            FcConfigSubstitute(IntPtr.Zero, query, MatchPattern);
            FcDefaultSubstitute(query);
            var font = FcFontMatch(IntPtr.Zero, query, out _);
            if (font == IntPtr.Zero) return "";
            try
            {
                var families = new List<string>();
                for (var n = 0; FcPatternGetString(font, "family", n, out var family) == ResultMatch; n++)
                    families.Add(Marshal.PtrToStringUTF8(family) ?? "");
                var file = FcPatternGetString(font, "file", 0, out var path) == ResultMatch ? Marshal.PtrToStringUTF8(path) ?? "" : "";
                var index = FcPatternGetInteger(font, "index", 0, out var i) == ResultMatch ? i.ToString(CultureInfo.InvariantCulture) : "";
                var slant = FcPatternGetInteger(font, "slant", 0, out var s) == ResultMatch ? s.ToString(CultureInfo.InvariantCulture) : "";
                var matrix = FcPatternGetMatrix(font, "matrix", 0, out _) == ResultMatch ? "matrix" : "";
                return $"{string.Join(',', families)}|{file}|{index}|{slant}|{matrix}";
            }
            finally
            {
                FcPatternDestroy(font);
            }
        }
        finally
        {
            FcPatternDestroy(query);
        }
    }

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial IntPtr FcNameParse(string name);
    [LibraryImport(Lib)] private static partial int FcConfigSubstitute(IntPtr config, IntPtr pattern, int kind);
    [LibraryImport(Lib)] private static partial void FcDefaultSubstitute(IntPtr pattern);
    [LibraryImport(Lib)] private static partial IntPtr FcFontMatch(IntPtr config, IntPtr pattern, out int result);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial int FcPatternGetString(IntPtr pattern, string element, int n, out IntPtr value);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial int FcPatternGetInteger(IntPtr pattern, string element, int n, out int value);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] private static partial int FcPatternGetMatrix(IntPtr pattern, string element, int n, out IntPtr value);
    [LibraryImport(Lib)] private static partial void FcPatternDestroy(IntPtr pattern);
}
