using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>The YAML between the opening and closing "---" lines, and where the Markdown body starts.</summary>
internal sealed record FrontMatterSection(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

internal static class FrontMatterSplitter
{
    /// <summary>Returns null (with an error reported) when the front matter is missing or never closed.</summary>
    public static FrontMatterSection? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0 && first < 1)
        {
            first++;
        }

        if (first >= lines.Length || lines[first].TrimEnd() != "---")
        {
            diagnostics.Error(DiagnosticCodes.MissingTitle,
                Messages.NoFrontMatter.With(),
                new SourceLocation(file, 1, 1));
            return null;
        }

        for (var i = first + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[(first + 1)..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterSection(yaml, first + 2, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter,
            Messages.FrontMatterUnclosed.With(),
            new SourceLocation(file, first + 1, 1));
        return null;
    }
}
