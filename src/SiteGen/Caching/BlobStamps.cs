using System.Text.Json;

namespace SiteGen.Caching;

/// <summary>
/// Remembers that an entry's blobs had their recorded SHA-256s: each blob's size and modification time, in
/// stamps.json beside entry.json, taken right after a check that read every byte. A later hit whose blobs still
/// have those stamps is used without reading them again (an incremental build spent most of its time hashing
/// every unchanged report's PDFs, EPUB and bag). A blob shares its bytes with output folders through hard
/// links, and whatever writes into it changes its modification time, so a blob whose stamp differs is hashed
/// again. As in git's index, a blob is stamped only once its last write is older than the file system's clock
/// tick: a write within the same tick could otherwise leave the time as it was. A time with a fraction of a second
/// comes from a fine clock (ext4, XFS, btrfs, tmpfs, APFS, NTFS: a tick of at most ~10 ms), where
/// <see cref="FineMinimumAge"/> is ten ticks; a time on a whole second may come from a file system that keeps only
/// seconds or two (ext3, HFS+, FAT), which needs <see cref="MinimumAge"/>. Builds run back to back (an edit, a
/// build, another edit) then trust what the build before checked instead of hashing every blob again.
/// </summary>
internal static class BlobStamps
{
    private const string FileName = "stamps.json";

    /// <summary>Longer than any file system's timestamp granularity (FAT's is 2 s).</summary>
    internal static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(3);

    /// <summary>Ten ticks of the coarsest fine clock (the kernel's ~10 ms jiffy).</summary>
    internal static readonly TimeSpan FineMinimumAge = TimeSpan.FromMilliseconds(100);

    public static Stamp Of(FileInfo blob) => new(blob.Length, blob.LastWriteTimeUtc.Ticks);

    public static bool OldEnough(FileInfo blob) => OldEnough(blob.LastWriteTimeUtc, DateTime.UtcNow);

    internal static bool OldEnough(DateTime written, DateTime now)
    {
        var fine = written.Ticks % TimeSpan.TicksPerSecond != 0;
        return now - written >= (fine ? FineMinimumAge : MinimumAge);
    }

    /// <summary>The stamps of the entry in <paramref name="folder"/>, or null when it has none (or they are unreadable).</summary>
    public static Stamp[]? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), CacheJson.Default.StampArray) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the stamps whole (written aside, then renamed), so a reader never sees half a file.</summary>
    public static void Write(string folder, Stamp[] stamps)
    {
        var path = Path.Combine(folder, FileName);
        var part = $"{path}.part-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllBytes(part, JsonSerializer.SerializeToUtf8Bytes(stamps, CacheJson.Default.StampArray));
            File.Move(part, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only an optimisation: without stamps the next hit reads the blobs again.
            try
            {
                File.Delete(part);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// A blob as the check saw it. A class, not a struct: the JSON serialiser's generic code over a struct from our
    /// assembly cannot be precompiled (ReadyToRun), and an incremental build JIT-compiled ~65 methods for it.
    /// </summary>
    internal sealed record Stamp(long Length, long WriteTicks);
}
