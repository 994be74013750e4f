using System.Security.Cryptography;

namespace SiteGen.Output;

/// <summary>
/// The folder a build writes into as it goes: each step hands its bytes over as soon as they exist and keeps an
/// <see cref="OutputFile"/> handle (path, size, SHA-256). A file is written under a temporary name and renamed
/// into place, so writing a path again replaces the file (and never writes through a hard link into the cache
/// or the previous output). `build` stages beside the output folder and swaps the folder in at the end
/// (<see cref="OutputWriter"/>); `check` and tests stage into a temporary folder that is deleted afterwards.
/// </summary>
public sealed class OutputStage : IDisposable
{
    private readonly string? _previous;
    private readonly bool _temporary;
    private static readonly HashSet<string> Temporaries = new(StringComparer.Ordinal);

    static OutputStage()
    {
        // A temporary stage a test or check forgot to dispose still goes when the process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            string[] left;
            lock (Temporaries)
            {
                left = [.. Temporaries];
            }

            foreach (var folder in left)
            {
                TryDelete(folder);
            }
        };
    }

    /// <param name="folder">The staging folder (created if missing).</param>
    /// <param name="previous">The output folder of the last build: a file it already holds byte for byte is linked, not written.</param>
    public OutputStage(string folder, string? previous = null) : this(folder, previous, temporary: false)
    {
    }

    private OutputStage(string folder, string? previous, bool temporary)
    {
        Folder = Path.GetFullPath(folder);
        _previous = previous is null ? null : Path.GetFullPath(previous);
        _temporary = temporary;
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Where the files are now: the staging folder, or the output folder once it has been swapped in.</summary>
    public string Folder { get; private set; }

    /// <summary>A stage in a new folder under the system's temporary folder, deleted on <see cref="Dispose"/>.</summary>
    public static OutputStage Temporary()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-stage-").FullName;
        lock (Temporaries)
        {
            Temporaries.Add(folder);
        }

        return new OutputStage(folder, previous: null, temporary: true);
    }

    /// <summary>The output folder of the last build, which this stage will replace; null for `check` and tests.</summary>
    public string? Previous => _previous;

    public string FullPathOf(string path) => Path.Combine(Folder, Checked(path));

    public OutputFile Write(string path, ReadOnlySpan<byte> content)
    {
        var full = FullPathOf(path);
        var part = PartName(full);
        if (_previous is null || !UnchangedFile.TryLink(Path.Combine(_previous, path), content, part))
        {
            using var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            file.Write(content);
        }

        File.Move(part, full, overwrite: true);
        return new OutputFile(path, content.Length, Convert.ToHexStringLower(SHA256.HashData(content))) { Stage = this };
    }

    /// <summary>Streams a file in (a bag's zip): <paramref name="write"/> writes forward only; size and hash are taken on the way.</summary>
    public OutputFile Write(string path, Action<Stream> write)
    {
        var full = FullPathOf(path);
        var part = PartName(full);
        long size;
        string sha;
        using (var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        using (var hashing = new HashingStream(file))
        {
            write(hashing);
            size = hashing.Length;
            sha = hashing.Finish();
        }

        File.Move(part, full, overwrite: true);
        return new OutputFile(path, size, sha) { Stage = this };
    }

    /// <summary>
    /// Takes in a file whose size and hash the caller has verified (a cache entry): a hard link where the file
    /// system allows, else a copy. Never read into memory.
    /// </summary>
    public OutputFile Adopt(string path, string existing, long size, string sha256)
    {
        var full = FullPathOf(path);
        var part = PartName(full);
        if (!HardLink.TryCreate(existing, part))
        {
            File.Copy(existing, part);
        }

        File.Move(part, full, overwrite: true);
        return new OutputFile(path, size, sha256) { Stage = this };
    }

    /// <summary>The staging folder became <paramref name="folder"/> (the swap): handles read from there now.</summary>
    public void MovedTo(string folder) => Folder = Path.GetFullPath(folder);

    public void Dispose()
    {
        if (_temporary)
        {
            TryDelete(Folder);
            lock (Temporaries)
            {
                Temporaries.Remove(Folder);
            }
        }
    }

    private static string PartName(string full)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"{full}.part-{Guid.NewGuid():N}";
    }

    /// <summary>Output paths come from the build, not from users; one that climbs out is a bug.</summary>
    private static string Checked(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"'{path}' is not a relative output path", nameof(path));
        }

        return path;
    }

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
}
