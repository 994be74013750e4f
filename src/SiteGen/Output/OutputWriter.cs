namespace SiteGen.Output;

/// <summary>
/// The output folder's life in a build: <see cref="Begin"/> opens a staging folder beside it that the steps
/// write into as they go; <see cref="Commit"/> swaps it in with renames, so readers of the output folder see
/// the old build or the new one, never a mix; <see cref="Abandon"/> (on errors) deletes the staging folder and
/// leaves the old output untouched.
/// </summary>
public static class OutputWriter
{
    /// <summary>Files that belong to the repository, not to the build, and survive the swap.</summary>
    private static readonly string[] KeptFiles = [".gitkeep"];

    public static OutputStage Begin(string outputDirectory)
    {
        var (target, staging, _) = Paths(outputDirectory);
        DeleteIfExists(staging);
        return new OutputStage(staging, previous: target);
    }

    public static void Commit(OutputStage stage, string outputDirectory)
    {
        var (target, staging, retired) = Paths(outputDirectory);
        DeleteIfExists(retired);
        try
        {
            CopyKeptFiles(target, staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            stage.MovedTo(target);
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

    public static void Abandon(OutputStage stage) => DeleteIfExists(stage.Folder);

    private static (string Target, string Staging, string Retired) Paths(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"No parent folder for {target}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        return (target, Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}"), Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}"));
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
