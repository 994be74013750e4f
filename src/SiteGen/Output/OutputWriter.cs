namespace SiteGen.Output;

/// <summary>
/// Writes a build into a sibling temporary folder and swaps it in with renames, so readers of the output
/// folder see the old build or the new one, never a mix; on failure the old output stays untouched.
/// </summary>
public static class OutputWriter
{
    /// <summary>Files that belong to the repository, not to the build, and survive the swap.</summary>
    private static readonly string[] KeptFiles = [".gitkeep"];

    public static void WriteAtomically(IEnumerable<OutputFile> files, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"No parent folder for {target}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        DeleteIfExists(staging);
        DeleteIfExists(retired);
        try
        {
            Directory.CreateDirectory(staging);
            // Files the previous build already has byte for byte are linked, not written (see UnchangedFile).
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (!UnchangedFile.TryLink(Path.Combine(target, file.Path), file.Content, path))
                {
                    File.WriteAllBytes(path, file.Content);
                }
            });

            CopyKeptFiles(target, staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            DeleteIfExists(staging);
            throw;
        }

        DeleteIfExists(retired);
    }

    private static void CopyKeptFiles(string from, string to)
    {
        foreach (var kept in KeptFiles)
        {
            var source = Path.Combine(from, kept);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(to, kept), overwrite: true);
            }
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
