using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Caching;

/// <summary>
/// One entry on disk: a folder named by its key holding entry.json (paths, sizes, SHA-256s, formats,
/// warnings) and one numbered file per output. Entries are written into a temporary folder and renamed into
/// place, so a reader sees a whole entry or none. Files go in and out as hard links (copies where links are
/// not possible), never through memory; a hit is used only when every file still has its recorded hash
/// (a link shares its bytes with an output folder someone may edit), and anything else counts as a miss; a
/// blob checked once is not read again while its size and modification time stay as they were (<see cref="BlobStamps"/>).
/// </summary>
internal sealed class CacheEntryStore(string root)
{
    private const string EntryFile = "entry.json";

    public string Root { get; } = root;

    public string FolderOf(string step, string key) => Path.Combine(Root, step, key);

    public CachedOutput? TryRead(string step, string key, OutputStage stage, CacheStatistics statistics)
    {
        var folder = FolderOf(step, key);
        var entryPath = Path.Combine(folder, EntryFile);
        if (!File.Exists(entryPath))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(entryPath), CacheJson.Default.Entry);
            if (entry is null)
            {
                return null;
            }

            if (!Verified(folder, entry, statistics))
            {
                return null;
            }

            var files = new List<OutputFile>(entry.Files.Length);
            for (var i = 0; i < entry.Files.Length; i++)
            {
                var info = entry.Files[i];
                files.Add(stage.Adopt(info.Path, Path.Combine(folder, BlobName(i)), info.Length, info.Sha256!));
            }

            return new CachedOutput([.. files], [.. entry.Formats]) { Warnings = [.. entry.Warnings.Select(w => w.ToDiagnostic())] };
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(string step, string key, CachedOutput output)
    {
        var final = FolderOf(step, key);
        if (Directory.Exists(final))
        {
            return;
        }

        var temporary = Path.Combine(Root, ".incoming", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(temporary);
            for (var i = 0; i < output.Files.Length; i++)
            {
                var blob = Path.Combine(temporary, BlobName(i));
                if (!HardLink.TryCreate(output.Files[i].FullPath, blob))
                {
                    File.Copy(output.Files[i].FullPath, blob);
                }
            }

            var entry = new Entry(
                [.. output.Files.Select(f => new EntryFileInfo(f.Path, f.Size, f.Sha256))],
                [.. output.Formats],
                [.. output.Warnings.Select(EntryWarning.From)]);
            File.WriteAllBytes(Path.Combine(temporary, EntryFile), JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Default.Entry));
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            Directory.Move(temporary, final);
        }
        catch (IOException)
        {
            // Another build wrote the same entry first, or the disk is full: the cache is an optimisation,
            // the build goes on with the result it already has.
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Deletes every entry of <paramref name="step"/> not in <paramref name="keep"/>.</summary>
    public void Prune(string step, IReadOnlySet<string> keep)
    {
        var folder = Path.Combine(Root, step);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories(folder))
        {
            if (!keep.Contains(Path.GetFileName(entry)))
            {
                TryDelete(entry);
            }
        }
    }

    public void DeleteIncoming() => TryDelete(Path.Combine(Root, ".incoming"));

    private static string BlobName(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".bin";

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal sealed record Entry(EntryFileInfo[] Files, ReportFormat[] Formats, EntryWarning[] Warnings);

    /// <summary>
    /// Every blob has its recorded size and SHA-256: hashed from the file in chunks, unless it still has the
    /// stamp an earlier full check left (see <see cref="BlobStamps"/>).
    /// </summary>
    private static bool Verified(string folder, Entry entry, CacheStatistics statistics)
    {
        var stamps = BlobStamps.Read(folder);
        var seen = new BlobStamps.Stamp[entry.Files.Length];
        var hashed = false;
        var stampable = true;
        for (var i = 0; i < entry.Files.Length; i++)
        {
            var info = entry.Files[i];
            var blob = new FileInfo(Path.Combine(folder, BlobName(i)));
            if (!blob.Exists || blob.Length != info.Length || info.Sha256 is not { Length: 64 })
            {
                return false;
            }

            seen[i] = BlobStamps.Of(blob);
            if (stamps is not null && stamps.Length == seen.Length && stamps[i] == seen[i])
            {
                continue;
            }

            statistics.Hashed();
            using (var stream = new FileStream(blob.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan))
            {
                if (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) != info.Sha256)
                {
                    return false;
                }
            }

            hashed = true;
            stampable &= BlobStamps.OldEnough(blob);
        }

        if (hashed && stampable)
        {
            BlobStamps.Write(folder, seen);
        }

        return true;
    }

    internal sealed record EntryFileInfo(string Path, long Length, string? Sha256);

    internal sealed record EntryWarning(string Code, StoredMessage Message, string File, int Line, int Column, string? Editions = null)
    {
        public static EntryWarning From(Diagnostic d) => new(d.Code, StoredMessage.From(d.Text), d.Location.File, d.Location.Line, d.Location.Column, d.Editions);

        public Diagnostic ToDiagnostic() => new(Severity.Warning, Code, Message.ToMessage(), new SourceLocation(File, Line, Column)) { Editions = Editions };
    }
}
