using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>
/// manifest.json: every file of the build with size and SHA-256, then each report's formats. Written by
/// hand with Utf8JsonWriter so property order is fixed and nothing (no time, no path) varies between builds.
/// </summary>
internal static class BuildManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Titles stay readable Chinese instead of \uXXXX escapes; the file is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(BuildState state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("site", state.Site.BaseUrl);
            if (state.Site.Preview)
            {
                // A portal ingesting manifest.json refuses a preview: its addresses and identifiers are local ones.
                json.WriteBoolean("preview", true);
            }

            json.WriteStartArray("files");
            // Sizes and hashes come from the handles: each was taken when its file was staged.
            foreach (var file in state.Files.Values.Where(f => f.Path != FileName).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("reports");
            foreach (var report in state.Reports.OrderBy(r => r.Slug, StringComparer.Ordinal))
            {
                WriteReport(json, state, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteReport(Utf8JsonWriter json, BuildState state, Model.Report report)
    {
        json.WriteStartObject();
        json.WriteString("slug", report.Slug);
        json.WriteString("title", report.Metadata.Title);
        json.WriteString("date", report.Metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("lang", report.Metadata.Lang);
        json.WriteString("identifier", ReportIdentifier.UrnOf(state.Site, report.Slug));
        json.WriteNumber("version", Model.ReportVersion.Of(report.Metadata).Number);
        json.WriteStartArray("formats");
        foreach (var format in state.FormatsOf(report.Slug))
        {
            json.WriteStartObject();
            json.WriteString("kind", format.Kind);
            json.WriteString("label", format.Label);
            json.WriteString("path", format.Path);
            json.WriteString("mediaType", format.MediaType);
            // The size of the file as finally written: a page re-rendered after packing may have changed.
            json.WriteNumber("size", state.Files.TryGetValue(format.Path, out var file) ? file.Size : format.Size ?? 0);
            if (format.PageCount is { } pages)
            {
                json.WriteNumber("pages", pages);
            }
            else
            {
                json.WriteNull("pages");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteVersions(json, state.BagVersions.GetValueOrDefault(report.Slug));
        json.WriteEndObject();
    }

    /// <summary>
    /// Every bag published for the report, oldest version first, each with its day, note, size and SHA-256: a
    /// portal that polls takes the versions it has not seen and checks each against its hash. The next build
    /// reads this list to carry the earlier bags over (<see cref="PublishedBags"/>).
    /// </summary>
    private static void WriteVersions(Utf8JsonWriter json, System.Collections.Immutable.ImmutableArray<BagVersion> versions)
    {
        json.WriteStartArray("versions");
        foreach (var version in versions.IsDefault ? [] : versions)
        {
            json.WriteStartObject();
            json.WriteNumber("version", version.Number);
            json.WriteString("date", version.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (version.Note is { } note)
            {
                json.WriteString("note", note);
            }
            else
            {
                json.WriteNull("note");
            }

            json.WriteString("path", version.Path);
            json.WriteNumber("size", version.Size);
            json.WriteString("sha256", version.Sha256);
            if (version.Preview)
            {
                json.WriteBoolean("preview", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
