namespace SiteGen.Output;

/// <summary>
/// Files someone put into SiteGen's output folder after a build (a CNAME, a verification file, an edited copy
/// saved beside a page): the next build replaces the folder whole and would delete them, and SiteGen never
/// deletes what it did not create. The marker of a finished build lists every file it wrote
/// (<see cref="OutputMarker.WithListing"/>); anything else found there (but kept files and the desktop's own
/// litter) stops the build, before it starts and again right before the swap.
/// </summary>
internal static class ForeignFiles
{
    private static readonly HashSet<string> Litter = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db", "desktop.ini" };

    /// <summary>The first such file (output-relative, '/'-separated, in ordinal order) and how many there are; null when there are none or no listing to judge by.</summary>
    public static (string First, int Count)? In(string output)
    {
        if (!Directory.Exists(output) || OutputMarker.Listing(output) is not { } written)
        {
            return null;
        }

        var foreign = Files(output)
            .Where(f => f != OutputMarker.FileName && !written.Contains(f) && !Litter.Contains(Path.GetFileName(f))
                && !OutputMarker.KeptFiles.Contains(f, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return foreign.Count == 0 ? null : (foreign[0], foreign.Count);
    }

    /// <summary>Every file under <paramref name="folder"/>, folder-relative and '/'-separated, hidden ones included.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
}
