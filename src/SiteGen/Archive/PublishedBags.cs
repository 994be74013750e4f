using System.Globalization;
using System.Text.Json;

namespace SiteGen.Archive;

/// <summary>
/// The bags the last build published, as its manifest.json lists them under each report's "versions". Only
/// what SiteGen itself wrote there counts: an unreadable manifest counts as none, and each bag is checked
/// against the size and SHA-256 listed before it is carried over.
/// </summary>
internal static class PublishedBags
{
    public static Dictionary<string, List<BagVersion>> Read(string outputFolder)
    {
        var found = new Dictionary<string, List<BagVersion>>(StringComparer.Ordinal);
        var path = Path.Combine(outputFolder, BuildManifest.FileName);
        if (!File.Exists(path))
        {
            return found;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("reports", out var reports) || reports.ValueKind != JsonValueKind.Array)
            {
                return found;
            }

            foreach (var report in reports.EnumerateArray())
            {
                if (report.TryGetProperty("slug", out var slug) && slug.GetString() is { } name &&
                    report.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array)
                {
                    found[name] = [.. versions.EnumerateArray().Select(v => Version(name, v)).OfType<BagVersion>()];
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // Not a manifest this SiteGen wrote: nothing in it is trusted, so nothing is carried over.
            found.Clear();
        }

        return found;
    }

    /// <summary>One listed version; its path is recomputed from slug and number, never taken from the file.</summary>
    private static BagVersion? Version(string slug, JsonElement entry)
    {
        var number = entry.GetProperty("version").GetInt32();
        var sha = entry.GetProperty("sha256").GetString() ?? "";
        if (number < 1 || sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var note = entry.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var date = DateOnly.ParseExact(entry.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = BundleFormat.PathOf(slug, number);
        var preview = entry.TryGetProperty("preview", out var p) && p.ValueKind == JsonValueKind.True;
        return entry.GetProperty("path").GetString() == path
            ? new BagVersion(number, date, note, path, entry.GetProperty("size").GetInt64(), sha, preview)
            : null;
    }

    /// <summary>Whether the file still has exactly the bytes the manifest listed (streamed, never held in memory).</summary>
    public static bool IsIntact(string file, BagVersion version)
    {
        if (!File.Exists(file) || new FileInfo(file).Length != version.Size)
        {
            return false;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) == version.Sha256;
    }
}
