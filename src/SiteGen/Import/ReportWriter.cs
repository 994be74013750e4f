using System.Globalization;
using System.Text;

namespace SiteGen.Import;

/// <summary>Writes the imported report as report.md: front matter, then the blocks in Markdown, then the notes.</summary>
internal static class ReportWriter
{
    public static string Write(ImportedFrontMatter front, IReadOnlyList<ImportBlock> blocks, IReadOnlyList<(string Label, List<string> Paragraphs)> notes)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(front.Title)).Append('\n');
        if (front.Subtitle is not null) text.Append("subtitle: ").Append(Quote(front.Subtitle)).Append('\n');
        text.Append(front.Date is { } date ? $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n" : "# date: yyyy-mm-dd   (not found in the document: write the report's date here)\n");
        text.Append("lang: ").Append(front.Lang).Append('\n');
        if (front.Slug is not null) text.Append("slug: ").Append(front.Slug).Append('\n');
        if (front.Organization is not null) text.Append("organization: ").Append(Quote(front.Organization)).Append('\n');
        if (front.Author is not null) text.Append("author: ").Append(Quote(front.Author)).Append('\n');
        if (front.Description is not null) text.Append("description: ").Append(Quote(front.Description)).Append('\n');
        if (front.Keywords.Count > 0) text.Append("keywords: [").AppendJoin(", ", front.Keywords.Select(Quote)).Append("]\n");
        text.Append("---\n");

        ListMarker? previousItem = null;
        var indents = new List<int>();
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock { List: { } item } listed && !listed.IsHeading)
            {
                text.Append(previousItem is null ? "\n" : "");
                WriteItem(text, item, listed.Markdown, indents);
                previousItem = item;
                continue;
            }

            previousItem = null;
            indents.Clear();
            text.Append('\n');
            switch (block)
            {
                case ParagraphBlock { IsHeading: true } heading:
                    text.Append(new string('#', Math.Min(6, heading.Level + 1))).Append(' ').Append(heading.HeadingMarkdown);
                    if (heading.AnchorId is not null) text.Append(" {#").Append(heading.AnchorId).Append('}');
                    text.Append('\n');
                    break;
                case ParagraphBlock paragraph:
                    text.Append(paragraph.Markdown).Append('\n');
                    break;
                case FigureBlock figure:
                    WriteFigure(text, figure);
                    break;
                case TableBlock table:
                    WriteTable(text, table);
                    break;
            }
        }

        foreach (var (label, paragraphs) in notes)
        {
            text.Append('\n').Append("[^").Append(label).Append("]: ").Append(paragraphs.Count == 0 ? "" : paragraphs[0]).Append('\n');
            foreach (var more in paragraphs.Skip(1))
            {
                text.Append('\n').Append("    ").Append(more).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteItem(StringBuilder text, ListMarker item, string markdown, List<int> indents)
    {
        while (indents.Count > item.Depth + 1) indents.RemoveAt(indents.Count - 1);
        var depth = Math.Min(item.Depth, indents.Count);
        var indent = indents.Take(depth).Sum();
        var marker = item.Ordered ? item.Number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
        if (indents.Count > depth) indents.RemoveRange(depth, indents.Count - depth);
        indents.Add(marker.Length);
        text.Append(' ', indent).Append(marker).Append(markdown.Replace("\\\n", "\\\n" + new string(' ', indent + marker.Length), StringComparison.Ordinal)).Append('\n');
    }

    private static void WriteFigure(StringBuilder text, FigureBlock figure)
    {
        var image = $"![{MarkdownText.Escape(figure.Alt)}]({figure.File})";
        if (figure.CaptionMarkdown is null)
        {
            text.Append(image).Append('\n');
            return;
        }

        text.Append("^^^\n").Append(image).Append('\n').Append("^^^ ").Append(figure.CaptionMarkdown).Append('\n');
    }

    private static void WriteTable(StringBuilder text, TableBlock table)
    {
        var width = table.Rows[0].Count;
        void Row(IEnumerable<string> cells) => text.Append("| ").AppendJoin(" | ", cells.Select(c => c.Length == 0 ? " " : c)).Append(" |\n");
        Row(table.Rows[0]);
        text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in table.Rows.Skip(1))
        {
            Row(row);
        }
    }

    /// <summary>A YAML double-quoted scalar: any text, with backslash, quote and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var result = new StringBuilder("\"");
        foreach (var c in value)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return result.Append('"').ToString();
    }
}
