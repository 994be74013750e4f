using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// The 2021 report as Typst markup for the Typst peer: the same text (title, headings, paragraphs, the figure
/// caption) in the same faces as SiteGen's screen edition (Noto Serif CJK SC body, Noto Sans CJK SC headings),
/// A4, first-line indent of 2 em, justified. Not a converter for Markdown in general: the benchmark only needs
/// this report's block kinds.
/// </summary>
public static class TypstSource
{
    public static string FromMarkdown(string markdown)
    {
        var text = new StringBuilder()
            .Append("#set document(title: \"report\")\n")
            .Append("#set page(paper: \"a4\", margin: (x: 25mm, y: 25mm), numbering: \"1\")\n")
            .Append("#set text(font: (\"Noto Serif CJK SC\", \"DejaVu Sans\"), size: 11pt, lang: \"zh\", region: \"cn\")\n")
            .Append("#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em)\n")
            .Append("#show heading: set text(font: (\"Noto Sans CJK SC\", \"DejaVu Sans\"))\n")
            .Append("#outline()\n\n");
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var start = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            start = Array.IndexOf(lines, "---", 1) + 1;
            var title = lines.Take(start).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
            if (title is not null)
            {
                text.Append("#align(center, text(size: 20pt, font: \"Noto Sans CJK SC\", weight: \"bold\")[")
                    .Append(Escape(title["title:".Length..].Trim())).Append("])\n\n");
            }
        }

        foreach (var line in lines.Skip(start))
        {
            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                text.Append(new string('=', Math.Max(1, level - 1))).Append(' ').Append(Escape(line[level..].Trim())).Append("\n\n");
            }
            else if (line.StartsWith("^^^", StringComparison.Ordinal))
            {
                var caption = line[3..].Trim();
                if (caption.Length > 0)
                {
                    text.Append("#figure(rect(width: 100%, height: 4em), caption: [").Append(Escape(caption)).Append("])\n\n");
                }
            }
            else if (line.Trim().Length > 0)
            {
                text.Append(Escape(line.Trim())).Append("\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Every character Typst markup gives a meaning to, escaped with a backslash.</summary>
    private static string Escape(string s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if ("\\#*_$<>@`[]=-+/~'\"".Contains(c))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
