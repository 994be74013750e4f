using System.IO.Compression;
using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Archive;

/// <summary>
/// A zipped bag opened for checking: each file's length and checksums, by path relative to the single
/// top-level folder, found by streaming every entry once. Only the tag files verify reads as text
/// (bagit.txt, bag-info.txt, the manifests) are kept in memory, so memory stays flat whatever the zip
/// unpacks to; <see cref="BagLimits"/> bounds the unpacking itself.
/// </summary>
internal sealed class BagContents
{
    /// <summary>The checksum algorithms a manifest may use (RFC 8493 §2.4), by the name in its file name.</summary>
    public static readonly IReadOnlyDictionary<string, HashAlgorithmName> Algorithms = new Dictionary<string, HashAlgorithmName>(StringComparer.Ordinal)
    {
        ["sha256"] = HashAlgorithmName.SHA256,
        ["sha512"] = HashAlgorithmName.SHA512,
        ["sha1"] = HashAlgorithmName.SHA1,
        ["md5"] = HashAlgorithmName.MD5,
    };

    private BagContents(Dictionary<string, BagDigest> files, Dictionary<string, byte[]> texts, HashSet<string> corrupt, List<BagFinding> problems)
    {
        Files = files;
        Texts = texts;
        Corrupt = corrupt;
        Problems = problems;
    }

    public Dictionary<string, BagDigest> Files { get; }

    /// <summary>The bytes of bagit.txt, bag-info.txt and the manifests at the top of the bag.</summary>
    public Dictionary<string, byte[]> Texts { get; }

    /// <summary>Entries whose bytes the zip could not give back intact (bad CRC, broken deflate stream).</summary>
    public HashSet<string> Corrupt { get; }

    /// <summary>Problems with the zip's layout (duplicate names, damaged entries).</summary>
    public List<BagFinding> Problems { get; }

    public static bool IsManifest(string path, string prefix) =>
        !path.Contains('/') && path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>The bag, or null with the findings that refuse the whole zip (unsafe entries, limits, layout).</summary>
    public static (BagContents? Bag, IReadOnlyList<BagFinding> Refusals) Read(ZipArchive zip, BagLimits limits)
    {
        var all = zip.Entries;
        if (all.Count == 0)
        {
            return Refuse(null, Messages.BagZipEmpty.With());
        }

        if (all.Count > limits.MaxEntries)
        {
            return Refuse(null, Messages.BagTooManyEntries.With(all.Count, limits.MaxEntries));
        }

        var unsafeEntries = all.Select(e => (e, Reason: BagEntryNames.Refusal(e))).Where(x => x.Reason is not null)
            .Select(x => new BagFinding(BagEntryNames.Shown(x.e.FullName), x.Reason!)).ToList();
        if (unsafeEntries.Count > 0)
        {
            return (null, unsafeEntries);
        }

        var entries = all.Where(e => !e.FullName.EndsWith('/')).ToList();
        var folders = entries.Select(e => e.FullName.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        if (folders.Count != 1 || entries.Any(e => !e.FullName.Contains('/')))
        {
            return Refuse(null, folders.Count == 0
                ? Messages.BagZipOnlyFolders.With()
                : Messages.BagZipFolders.With(string.Join(", ", folders.Order(StringComparer.Ordinal).Select(f => $"'{BagEntryNames.Shown(f)}'"))));
        }

        var prefix = folders[0].Length + 1;
        if (DeclaredSizeRefusals(entries, prefix, limits) is { Count: > 0 } tooLarge)
        {
            return (null, tooLarge);
        }

        var algorithms = entries.Select(e => e.FullName[prefix..])
            .Where(p => IsManifest(p, "manifest-") || IsManifest(p, "tagmanifest-"))
            .Select(p => p[(p.IndexOf('-') + 1)..^4]).Where(Algorithms.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var files = new Dictionary<string, BagDigest>(StringComparer.Ordinal);
        var texts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var corrupt = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<BagFinding>();
        var budget = new BagEntryReader.Budget(limits);
        foreach (var entry in entries)
        {
            var path = entry.FullName[prefix..];
            var keep = path is "bagit.txt" or "bag-info.txt" || IsManifest(path, "manifest-") || IsManifest(path, "tagmanifest-");
            var read = BagEntryReader.Read(entry, algorithms, keep, budget);
            if (read.Refusal is { } refusal)
            {
                return Refuse(BagEntryNames.Shown(path), refusal);
            }

            if (read.Digest is not { } digest)
            {
                corrupt.Add(path);
                problems.Add(new BagFinding(path, Messages.BagEntryDamaged.With()));
            }
            else if (!files.TryAdd(path, digest))
            {
                problems.Add(new BagFinding(path, Messages.BagEntryTwice.With()));
            }
            else if (read.Bytes is { } bytes)
            {
                texts[path] = bytes;
            }
        }

        return (new BagContents(files, texts, corrupt, problems), []);
    }

    /// <summary>
    /// What the zip's own directory says it unpacks to, checked before a byte is inflated (the runtime never
    /// inflates an entry past its declared size). One finding: a bomb of ten thousand entries is one line.
    /// </summary>
    private static List<BagFinding> DeclaredSizeRefusals(List<ZipArchiveEntry> entries, int prefix, BagLimits limits)
    {
        var refused = entries.Select(e => (Entry: e, Reason: BagEntryReader.Refusal(e.Length, e.CompressedLength, limits)))
            .Where(x => x.Reason is not null).ToList();
        if (refused.Count > 0)
        {
            var reason = refused[0].Reason!;
            var declared = refused.Count switch
            {
                1 => Messages.BagAsDeclared.With(reason),
                2 => Messages.BagAsDeclaredMore.With(reason, 1),
                _ => Messages.BagAsDeclaredMany.With(reason, refused.Count - 1),
            };
            return [new BagFinding(BagEntryNames.Shown(refused[0].Entry.FullName[prefix..]), declared)];
        }

        var total = entries.Sum(e => e.Length);
        return total > limits.MaxTotalBytes
            ? [new BagFinding(null, Messages.BagDeclaredTooLarge.With(total, BagLimits.Size(limits.MaxTotalBytes)))]
            : [];
    }

    private static (BagContents? Bag, IReadOnlyList<BagFinding> Refusals) Refuse(string? path, Message message) => (null, [new BagFinding(path, message)]);
}
