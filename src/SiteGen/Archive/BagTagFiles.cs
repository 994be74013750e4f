using System.Globalization;
using System.Text;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>The tag files of RFC 8493: bagit.txt, bag-info.txt and the SHA-256 manifests, LF line ends.</summary>
internal static class BagTagFiles
{
    public const string Declaration = "bagit.txt";
    public const string Info = "bag-info.txt";
    public const string Manifest = "manifest-sha256.txt";
    public const string TagManifest = "tagmanifest-sha256.txt";

    /// <summary>Named without a version: a version would change every bag's bytes on each release.</summary>
    public const string SoftwareAgent = "SiteGen";

    public static IReadOnlyList<BagFile> For(Report report, SiteSettings site, IReadOnlyList<BagFile> payload)
    {
        var declaration = Utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        var info = Utf8(InfoText(report, site, payload) + VersionText(report, site));
        var manifest = Utf8(ManifestText(payload));
        var tags = new[] { BagFile.Of(Declaration, declaration), BagFile.Of(Info, info), BagFile.Of(Manifest, manifest) };
        return [.. tags, BagFile.Of(TagManifest, Utf8(ManifestText(tags)))];
    }

    private static string InfoText(Report report, SiteSettings site, IReadOnlyList<BagFile> payload)
    {
        var lines = BagInfoRecord.Lines(MetadataRecord.Of(report, site));
        lines.Add(("Bag-Software-Agent", SoftwareAgent));
        lines.Add(("Payload-Oxum", PayloadOxum(payload)));
        var builder = new StringBuilder();
        foreach (var (label, value) in lines.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            // Values are single-line: a line break inside one would start a new label.
            builder.Append(label).Append(": ").Append(value!.ReplaceLineEndings(" ")).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Which version the bag holds: the report's identifier groups every version's bag, the version's number,
    /// day and note tell them apart (a portal keeps them all; the bag's name carries the number too).
    /// </summary>
    private static string VersionText(Report report, SiteSettings site)
    {
        var version = ReportVersion.Of(report.Metadata);
        var builder = new StringBuilder();
        builder.Append("Bag-Group-Identifier: ").Append(ReportIdentifier.UrnOf(site, report.Slug)).Append('\n');
        builder.Append("Report-Version: ").Append(version.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("Report-Version-Date: ").Append(version.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (!string.IsNullOrWhiteSpace(version.Note))
        {
            builder.Append("Report-Version-Note: ").Append(version.Note.ReplaceLineEndings(" ")).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>"octets.streamcount" of the payload (RFC 8493 §2.2.2).</summary>
    public static string PayloadOxum(IEnumerable<BagFile> payload)
    {
        var files = payload.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{files.Sum(f => f.Size)}.{files.Count}");
    }

    private static string ManifestText(IEnumerable<BagFile> files)
    {
        var builder = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            builder.Append(file.Sha256).Append("  ").Append(BagPaths.Encode(file.Path)).Append('\n');
        }

        return builder.ToString();
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
