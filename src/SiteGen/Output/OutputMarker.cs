namespace SiteGen.Output;

/// <summary>
/// The file that marks a folder as SiteGen's own output (or its staging or retired copy). SiteGen replaces
/// and deletes only folders that carry it, so a mistyped --output can never take a user's files with it.
/// </summary>
internal static class OutputMarker
{
    public const string FileName = ".sitegen-output";

    /// <summary>Files that belong to the repository, not to the build: they survive the swap and do not make a folder "not empty".</summary>
    public static readonly string[] KeptFiles = [".gitkeep"];

    public static byte[] Content { get; } = System.Text.Encoding.UTF8.GetBytes(
        "This folder was written by SiteGen, which replaces it whole on every build.\n" +
        "Do not keep your own files here: they would be replaced with it.\n");

    private const string ListingHeader = "Files this build wrote:";

    /// <summary>The marker of a finished build: the notice, then every file the build wrote (folder-relative, '/'-separated).</summary>
    public static byte[] WithListing(IEnumerable<string> files) =>
        [.. Content, .. System.Text.Encoding.UTF8.GetBytes("\n" + ListingHeader + "\n" + string.Concat(files.Select(f => f + "\n")))];

    /// <summary>The files the marker of <paramref name="directory"/> lists, or null when it lists none (a staging folder, an older SiteGen).</summary>
    public static HashSet<string>? Listing(string directory)
    {
        var path = Path.Combine(directory, FileName);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var header = Array.IndexOf(lines, ListingHeader);
        return header < 0 ? null : [.. lines[(header + 1)..].Where(l => l.Length > 0)];
    }

    public static bool IsOn(string directory) => File.Exists(Path.Combine(directory, FileName));

    /// <summary>A folder SiteGen may replace: missing, empty (but for kept files), or marked as SiteGen's.</summary>
    public static bool MayReplace(string directory) =>
        !Directory.Exists(directory)
        || IsOn(directory)
        || Directory.EnumerateFileSystemEntries(directory).All(e => KeptFiles.Contains(Path.GetFileName(e), StringComparer.Ordinal));
}
