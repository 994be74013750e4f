using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Caching;

/// <summary>
/// One entry on disk: a folder named by its key holding entry.json (paths, sizes, formats, warnings) and
/// one numbered file per output. Entries are written into a temporary folder and renamed into place, so a
/// reader sees a whole entry or none; anything unreadable counts as a miss.
/// </summary>
internal sealed class CacheEntryStore(string root)
{
    private const string EntryFile = "entry.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Root { get; } = root;

    public string FolderOf(string step, string key) => Path.Combine(Root, step, key);

    public CachedOutput? TryRead(string step, string key)
    {
        var folder = FolderOf(step, key);
        var entryPath = Path.Combine(folder, EntryFile);
        if (!File.Exists(entryPath))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(entryPath), Json);
            if (entry is null)
            {
                return null;
            }

            var files = new List<OutputFile>(entry.Files.Length);
            for (var i = 0; i < entry.Files.Length; i++)
            {
                var content = File.ReadAllBytes(Path.Combine(folder, BlobName(i)));
                if (content.LongLength != entry.Files[i].Length)
                {
                    return null;
                }

                files.Add(new OutputFile(entry.Files[i].Path, content));
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
                File.WriteAllBytes(Path.Combine(temporary, BlobName(i)), output.Files[i].Content);
            }

            var entry = new Entry(
                [.. output.Files.Select(f => new EntryFileInfo(f.Path, f.Content.LongLength))],
                [.. output.Formats],
                [.. output.Warnings.Select(EntryWarning.From)]);
            File.WriteAllBytes(Path.Combine(temporary, EntryFile), JsonSerializer.SerializeToUtf8Bytes(entry, Json));
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

    private sealed record Entry(EntryFileInfo[] Files, ReportFormat[] Formats, EntryWarning[] Warnings);

    private sealed record EntryFileInfo(string Path, long Length);

    private sealed record EntryWarning(string Code, string Message, string File, int Line, int Column)
    {
        public static EntryWarning From(Diagnostic d) => new(d.Code, d.Message, d.Location.File, d.Location.Line, d.Location.Column);

        public Diagnostic ToDiagnostic() => new(Severity.Warning, Code, Message, new SourceLocation(File, Line, Column));
    }
}
