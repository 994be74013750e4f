using System.IO.Compression;

namespace SiteGen.Archive;

/// <summary>
/// A zipped bag opened for checking: its files by path relative to the single top-level folder. Read into
/// memory once, since every file is hashed and bags are the size of one report.
/// </summary>
internal sealed class BagContents
{
    private BagContents(string folder, Dictionary<string, byte[]> files, HashSet<string> corrupt, List<BagFinding> problems)
    {
        Folder = folder;
        Files = files;
        Corrupt = corrupt;
        Problems = problems;
    }

    public string Folder { get; }
    public Dictionary<string, byte[]> Files { get; }

    /// <summary>Entries whose bytes the zip could not give back intact (bad CRC, broken deflate stream).</summary>
    public HashSet<string> Corrupt { get; }

    /// <summary>Problems with the zip's layout (files outside the folder, duplicate names).</summary>
    public List<BagFinding> Problems { get; }

    /// <summary>Null with a reason when the zip does not hold exactly one top-level folder.</summary>
    public static (BagContents? Bag, string? Reason) Read(ZipArchive zip)
    {
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        var folders = entries.Select(e => e.FullName.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        var atRoot = entries.Where(e => !e.FullName.Contains('/')).Select(e => e.FullName).ToList();
        if (folders.Count != 1 || atRoot.Count > 0)
        {
            return (null, $"a bag zip holds exactly one top-level folder; this one has {string.Join(", ", folders.Order(StringComparer.Ordinal).Select(f => $"'{f}'"))}");
        }

        var folder = folders[0];
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var corrupt = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<BagFinding>();
        foreach (var entry in entries)
        {
            var path = entry.FullName[(folder.Length + 1)..];
            if (ReadEntry(entry) is not { } content)
            {
                corrupt.Add(path);
                problems.Add(new BagFinding(path, "altered: damaged inside the zip (its bytes do not match the zip's own checksum)"));
            }
            else if (!files.TryAdd(path, content))
            {
                problems.Add(new BagFinding(path, "appears twice in the zip"));
            }
        }

        return (new BagContents(folder, files, corrupt, problems), null);
    }

    private static byte[]? ReadEntry(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
