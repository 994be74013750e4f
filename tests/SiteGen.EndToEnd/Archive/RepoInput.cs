namespace SiteGen.EndToEnd.Archive;

/// <summary>The repository's own input/ folder, found by walking up from the test binaries to SiteGen.sln.</summary>
internal static class RepoInput
{
    public static string Folder { get; } = Find();

    /// <summary>Copies input/ into <paramref name="target"/>, so each build reads its sources from its own path.</summary>
    public static void CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return Path.Combine(dir.FullName, "input");
            }
        }

        throw new DirectoryNotFoundException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
