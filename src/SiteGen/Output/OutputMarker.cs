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

    public static bool IsOn(string directory) => File.Exists(Path.Combine(directory, FileName));

    /// <summary>A folder SiteGen may replace: missing, empty (but for kept files), or marked as SiteGen's.</summary>
    public static bool MayReplace(string directory) =>
        !Directory.Exists(directory)
        || IsOn(directory)
        || Directory.EnumerateFileSystemEntries(directory).All(e => KeptFiles.Contains(Path.GetFileName(e), StringComparer.Ordinal));
}
