using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Html.Pages;
using SiteGen.Model;

namespace SiteGen.Html.Search;

/// <summary>
/// The static search index: one shard per report (search/&lt;slug&gt;.json, its citable units with their text) and
/// a small list of the shards (search/index.json). The page's script fetches them only when the reader uses the
/// search box. Matching is done on the units' own text, so a Chinese query needs no segmentation and can never
/// miss a paragraph that contains it (an n-gram test with n = the query's length).
/// </summary>
internal static class SearchIndex
{
    public const string Folder = "search/";

    private static readonly JsonWriterOptions Options = new()
    {
        // Raw CJK rather than \uXXXX halves the shards; they are fetched as JSON, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<(string Path, byte[] Bytes)> Files(IEnumerable<Report> reports)
    {
        var ordered = reports
            .OrderByDescending(r => r.Metadata.Date)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToList();
        var shards = ordered.Select(r => (Report: r, Bytes: Shard(r))).ToList();
        foreach (var (report, bytes) in shards)
        {
            yield return (ShardPath(report), bytes);
        }

        yield return (Folder + "index.json", Manifest(shards));
    }

    public static string ShardPath(Report report) => Folder + report.Slug + ".json";

    private static byte[] Manifest(List<(Report Report, byte[] Bytes)> shards)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("shards");
            foreach (var (report, bytes) in shards)
            {
                json.WriteStartObject();
                json.WriteString("href", SiteUrls.EscapePath(report.Slug) + ".json");
                json.WriteNumber("bytes", bytes.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static byte[] Shard(Report report)
    {
        var metadata = report.Metadata;
        var (sections, entries) = SearchEntries.Of(report, HtmlLanguage.For(metadata.Lang).Footnotes);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", metadata.Title);
            json.WriteString("lang", metadata.Lang);
            json.WriteNumber("year", metadata.Date.Year);
            json.WriteString("year_text", HtmlLanguage.For(metadata.Lang).Year(metadata.Date.Year));
            json.WriteString("date", metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            // Relative to the site root; the script resolves it against where it found index.json.
            json.WriteString("page", SiteUrls.EscapePath(report.Slug) + "/index.html");
            json.WriteStartArray("sections");
            foreach (var section in sections)
            {
                json.WriteStringValue(section);
            }

            json.WriteEndArray();
            // [id, section index, text] triples: the smallest shape that still reads in a debugger.
            json.WriteStartArray("units");
            foreach (var entry in entries)
            {
                json.WriteStartArray();
                json.WriteStringValue(entry.Id);
                json.WriteNumberValue(entry.Section);
                json.WriteStringValue(entry.Text);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
