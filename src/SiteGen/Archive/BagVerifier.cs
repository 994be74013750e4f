using System.Globalization;
using System.IO.Compression;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Archive;

/// <summary>
/// Re-checks a zipped BagIt bag (RFC 8493): the declaration, every payload and tag manifest line (missing
/// or altered files, named), payload files no manifest lists, and the Payload-Oxum. A damaged bag is a
/// finding, never an exception; only a zip that cannot be read at all is reported as unreadable. A zip
/// with unsafe entries (symbolic links, encrypted, names climbing out of the bag) or that unpacks past
/// <see cref="BagLimits"/> is refused with findings naming why, before or while its entries stream.
/// </summary>
public static class BagVerifier
{
    public static BagVerification Verify(string zipPath, BagLimits? limits = null)
    {
        if (Directory.Exists(zipPath))
        {
            return BagVerification.Unreadable(zipPath, Messages.BagIsFolder.With());
        }

        if (!File.Exists(zipPath))
        {
            return BagVerification.Unreadable(zipPath, Messages.BagNoSuchFile.With());
        }

        try
        {
            using var stream = File.OpenRead(zipPath);
            return Verify(stream, zipPath, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BagVerification.Unreadable(zipPath, Messages.BagCannotRead.With(e.Message));
        }
    }

    public static BagVerification Verify(Stream zipStream, string name, BagLimits? limits = null)
    {
        BagContents? bag;
        IReadOnlyList<BagFinding> refusals;
        try
        {
            using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
            (bag, refusals) = BagContents.Read(zip, limits ?? BagLimits.Default);
        }
        catch (InvalidDataException e)
        {
            return BagVerification.Unreadable(name, Messages.BagNotZip.With(e.Message));
        }

        if (bag is null)
        {
            return new BagVerification(name, true, 0, [.. refusals]);
        }

        var findings = new List<BagFinding>(bag.Problems);
        CheckDeclaration(bag, findings);
        var manifests = bag.Files.Keys.Where(p => BagContents.IsManifest(p, "manifest-")).Order(StringComparer.Ordinal).ToList();
        if (manifests.Count == 0)
        {
            findings.Add(new BagFinding(null, Messages.BagNoPayloadManifest.With()));
        }

        foreach (var manifest in manifests)
        {
            CheckManifest(bag, manifest, payload: true, findings);
        }

        foreach (var manifest in bag.Files.Keys.Where(p => BagContents.IsManifest(p, "tagmanifest-")).Order(StringComparer.Ordinal))
        {
            CheckManifest(bag, manifest, payload: false, findings);
        }

        CheckPayloadOxum(bag, findings);
        var payloadCount = bag.Files.Keys.Count(IsPayload);
        return new BagVerification(name, true, payloadCount, [.. findings]);
    }

    private static void CheckDeclaration(BagContents bag, List<BagFinding> findings)
    {
        if (!bag.Texts.TryGetValue("bagit.txt", out var bytes))
        {
            findings.Add(new BagFinding("bagit.txt", Messages.BagNoDeclaration.With()));
            return;
        }

        var fields = Fields(Encoding.UTF8.GetString(bytes));
        if (!fields.TryGetValue("BagIt-Version", out var version) || version is not ("1.0" or "0.97"))
        {
            findings.Add(new BagFinding("bagit.txt", Messages.BagVersionWrong.With(MessageText.Value(version ?? ""))));
        }

        if (!fields.TryGetValue("Tag-File-Character-Encoding", out var encoding) || !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new BagFinding("bagit.txt", Messages.BagEncodingWrong.With(MessageText.Value(encoding ?? ""))));
        }
    }

    private static void CheckManifest(BagContents bag, string manifest, bool payload, List<BagFinding> findings)
    {
        var algorithm = manifest[(manifest.IndexOf('-') + 1)..^4];
        if (!BagContents.Algorithms.ContainsKey(algorithm))
        {
            findings.Add(new BagFinding(manifest, Messages.BagAlgorithmUnsupported.With(MessageText.Value(algorithm))));
            return;
        }

        var (lines, problems) = ManifestLine.Parse(manifest, Encoding.UTF8.GetString(bag.Texts[manifest]));
        findings.AddRange(problems);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!listed.Add(line.Path))
            {
                findings.Add(new BagFinding(line.Path, Messages.BagListedTwice.With(manifest)));
                continue;
            }

            if (bag.Corrupt.Contains(line.Path))
            {
                continue; // already reported, by name, when the zip was read
            }

            if (IsPayload(line.Path) != payload || line.Path.StartsWith('/') || line.Path.Split('/').Contains(".."))
            {
                findings.Add(new BagFinding(line.Path, Messages.BagMayNotList.With(manifest, line.Number)));
            }
            else if (!bag.Files.TryGetValue(line.Path, out var file))
            {
                findings.Add(new BagFinding(line.Path, Messages.BagFileMissing.With(manifest)));
            }
            else if (file.Checksums[algorithm] != line.Checksum)
            {
                findings.Add(new BagFinding(line.Path, Messages.BagFileAltered.With(algorithm, manifest)));
            }
        }

        if (payload)
        {
            foreach (var extra in bag.Files.Keys.Where(p => IsPayload(p) && !listed.Contains(p)).Order(StringComparer.Ordinal))
            {
                findings.Add(new BagFinding(extra, Messages.BagFileExtra.With(manifest)));
            }
        }
    }

    private static void CheckPayloadOxum(BagContents bag, List<BagFinding> findings)
    {
        // A damaged entry has no trustworthy size; it is already reported by name.
        if (bag.Corrupt.Any(IsPayload) || !bag.Texts.TryGetValue("bag-info.txt", out var info) ||
            !Fields(Encoding.UTF8.GetString(info)).TryGetValue("Payload-Oxum", out var oxum))
        {
            return;
        }

        var payload = bag.Files.Where(f => IsPayload(f.Key)).ToList();
        var actual = string.Create(CultureInfo.InvariantCulture, $"{payload.Sum(f => f.Value.Length)}.{payload.Count}");
        if (oxum != actual)
        {
            findings.Add(new BagFinding("bag-info.txt", Messages.BagOxumWrong.With(MessageText.Value(oxum), actual)));
        }
    }

    /// <summary>"Label: value" lines; continuation lines (starting with whitespace) are folded in.</summary>
    private static Dictionary<string, string> Fields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                fields[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                last = line[..colon].Trim();
                fields.TryAdd(last, line[(colon + 1)..].Trim());
            }
        }

        return fields;
    }

    private static bool IsPayload(string path) => path.StartsWith("data/", StringComparison.Ordinal);
}
