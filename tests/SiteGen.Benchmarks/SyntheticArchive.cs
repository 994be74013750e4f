using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Makes an archive of N reports from real ones: each copy gets its own slug, date and title, its
/// paragraphs reordered within each section, and one extra paragraph with characters chosen by its number,
/// so pages, page counts and font subsets differ from report to report. Deterministic for a given N.
/// </summary>
public static class SyntheticArchive
{
    // Common characters the real report may not use; a few per copy widen that copy's font subset.
    private const string Extra = "春夏秋冬山川河海风雨雪霜花草树木鸟兽虫鱼金银铜铁琴棋书画诗词歌赋桥梁街巷村镇湖泊溪泉云雾星辰";

    /// <summary>Writes <paramref name="count"/> reports (and a copy of site.yml and images) under <paramref name="target"/>.</summary>
    public static void Write(string sourceInput, string target, int count)
    {
        var sources = Directory.EnumerateFiles(sourceInput, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        if (sources.Length == 0)
        {
            throw new InvalidOperationException($"no reports (*.md) under {sourceInput} to make an archive from");
        }

        Directory.CreateDirectory(target);
        var site = Path.Combine(sourceInput, "site.yml");
        if (File.Exists(site))
        {
            File.Copy(site, Path.Combine(target, "site.yml"), overwrite: true);
        }

        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Length];
            var slug = string.Create(CultureInfo.InvariantCulture, $"report-{i + 1:D3}");
            var folder = Path.Combine(target, slug);
            CopyImages(Path.GetDirectoryName(source)!, folder);
            File.WriteAllText(Path.Combine(folder, "report.md"), Variant(File.ReadAllText(source), i, slug));
        }
    }

    /// <summary>Copy number <paramref name="index"/> of a report's Markdown.</summary>
    public static string Variant(string markdown, int index, string slug)
    {
        var (front, body) = Split(markdown);
        var date = new DateOnly(2021, 2, 22).AddDays(-7 * index);
        var lines = front.Split('\n').Where(l => !l.StartsWith("slug:", StringComparison.Ordinal)).Select(l =>
            l.StartsWith("date:", StringComparison.Ordinal) ? "date: " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : l.StartsWith("title:", StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $"{l} 第{index + 1}期")
            : l);
        var text = new StringBuilder("---\n");
        text.AppendJoin('\n', lines).Append("\nslug: ").Append(slug).Append("\n---\n\n");
        text.Append(Shuffle(body, index));
        text.Append("\n\n").Append(string.Create(CultureInfo.InvariantCulture, $"本期为第{index + 1}期，附记："));
        for (var k = 0; k < 6; k++)
        {
            text.Append(Extra[(index * 7 + k * 13) % Extra.Length]);
        }

        return text.Append("。\n").ToString();
    }

    private static (string Front, string Body) Split(string markdown)
    {
        var normalized = markdown.Replace("\r\n", "\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            return ("", normalized);
        }

        var end = normalized.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return (normalized[4..end], normalized[(end + 5)..]);
    }

    /// <summary>Reorders runs of plain paragraphs (never headings, figures, lists, tables or footnotes).</summary>
    private static string Shuffle(string body, int seed)
    {
        var blocks = body.Split("\n\n").ToList();
        var random = new Random(seed);
        var start = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && IsPlainParagraph(blocks[i]))
            {
                continue;
            }

            var run = blocks.GetRange(start, i - start);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run));
            for (var k = 0; k < run.Count; k++)
            {
                blocks[start + k] = run[k];
            }

            start = i + 1;
        }

        return string.Join("\n\n", blocks);
    }

    private static bool IsPlainParagraph(string block)
    {
        var trimmed = block.TrimStart('\n');
        return trimmed.Length > 0 && !"#^|!-*>[0123456789:`".Contains(trimmed[0]) && !trimmed.Contains("[^", StringComparison.Ordinal);
    }

    private static void CopyImages(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var destination = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }
        }
    }
}
