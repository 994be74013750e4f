using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Input;

/// <summary>
/// Characters no published format can carry: control characters other than tab and line ends (XML 1.0, and so
/// the EPUB, the feed and every metadata record, forbids them; the PDF fonts have no glyph for them) and the
/// Unicode noncharacters. They arrive invisibly with text pasted from other programs, so they are found where
/// they were typed, line and column, before any format is made, instead of failing one writer deep inside.
/// </summary>
internal static class ForbiddenCharacters
{
    /// <summary>Reports each line of <paramref name="text"/> holding such characters; true when there were none.</summary>
    public static bool Check(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var clean = true;
        var line = firstLine;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (!IsForbidden(text, i))
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', i);
            var rest = text[i..(lineEnd < 0 ? text.Length : lineEnd)];
            var column = 1 + new StringInfo(text[lineStart..i]).LengthInTextElements;
            diagnostics.Error(DiagnosticCodes.ForbiddenCharacter, Describe(rest), new SourceLocation(file, line, column));
            clean = false;
            i = lineEnd < 0 ? text.Length : lineEnd - 1; // one line per line: the message names every character on it
        }

        return clean;
    }

    /// <summary>The same rule for values YAML escapes made ("\x01" in a quoted string), at the value's place.</summary>
    public static bool Check(YamlNode node, Func<YamlNode, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var clean = true;
        foreach (var scalar in node.AllNodes.OfType<YamlScalarNode>())
        {
            var value = scalar.Value ?? "";
            if (Enumerable.Range(0, value.Length).Any(i => IsForbidden(value, i)))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenCharacter, $"'{MessageText.Value(value)}': {Describe(value)}", locate(scalar));
                clean = false;
            }
        }

        return clean;
    }

    private static string Describe(string text)
    {
        var names = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text, i))
            {
                var code = char.ConvertToUtf32(text, i);
                var name = string.Create(CultureInfo.InvariantCulture, $"U+{code:X4}");
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                i++;
            }
        }

        var list = new StringBuilder(string.Join(", ", names.Take(5)));
        if (names.Count > 5)
        {
            list.Append(", …");
        }

        return $"invisible character{(names.Count > 1 ? "s" : "")} {list} here (a control character or a Unicode noncharacter, often carried in by copy and paste) cannot be published in any format; delete {(names.Count > 1 ? "them" : "it")}";
    }

    /// <summary>Whether the character at <paramref name="i"/> (a whole surrogate pair counts once) is forbidden.</summary>
    private static bool IsForbidden(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r')
        {
            return false;
        }

        if (c < '\u0020' || c is >= '\u007f' and <= '\u009f')
        {
            return true; // C0 and C1 controls, DEL
        }

        if (c is >= '\ufdd0' and <= '\ufdef' or '\ufffe' or '\uffff')
        {
            return true;
        }

        // U+xFFFE and U+xFFFF of the supplementary planes are noncharacters too.
        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            && (char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE;
    }
}
