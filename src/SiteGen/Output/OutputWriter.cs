using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// The output folder's life in a build. <see cref="Begin"/> opens a marked staging folder beside it that the
/// steps write into as they go (<see cref="OutputStage"/>); <see cref="Commit"/> swaps it in, so readers of the
/// output folder see the old build or the new one, never a mix or nothing; <see cref="Abandon"/> (on errors)
/// deletes the staging folder and leaves the old output untouched. The swap is one atomic exchange where the
/// file system has it (<see cref="FolderSwap"/>); a `kill -9` at any moment then leaves the old or the new
/// output whole. Every folder involved carries <see cref="OutputMarker"/>, and only marked folders are ever
/// deleted.
/// </summary>
public static class OutputWriter
{
    public static OutputStage Begin(string outputDirectory)
    {
        var (target, leftovers) = Locate(outputDirectory);
        leftovers.Recover();
        if (!OutputMarker.MayReplace(target))
        {
            throw new UnsafeOutputFolderException(Messages.OutputNotOursShort.With(outputDirectory, OutputMarker.FileName));
        }

        var staging = leftovers.Staging(Environment.ProcessId);
        OutputLeftovers.DeleteIfOurs(staging);
        Directory.CreateDirectory(staging);
        // The marker goes first: from now on the staging folder is recognisably ours, whatever happens. It is
        // not one of the build's files (no handle), so the manifest does not list it.
        File.WriteAllBytes(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Content);
        FaultPoints.Reach("staging");
        return new OutputStage(staging, previous: target);
    }

    public static void Commit(OutputStage stage, string outputDirectory)
    {
        var (target, leftovers) = Locate(outputDirectory);
        var staging = stage.Folder;
        var retired = leftovers.Retired(Environment.ProcessId);
        try
        {
            // Checked again at the last moment: a file put into the output during the build must not go with it.
            if (ForeignFiles.In(target) is { } foreign)
            {
                throw new UnsafeOutputFolderException(Messages.OutputHasForeignFiles.With(outputDirectory, foreign.First, foreign.Count));
            }

            CopyKeptFiles(target, staging);
            File.WriteAllBytes(Path.Combine(staging, OutputMarker.FileName),
                OutputMarker.WithListing(ForeignFiles.Files(staging).Where(f => f != OutputMarker.FileName).Order(StringComparer.Ordinal)));
            FaultPoints.Reach("staged");
            FolderSwap.Replace(target, staging, retired);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            OutputLeftovers.DeleteIfOurs(staging);
            throw;
        }

        stage.MovedTo(target);
        FaultPoints.Reach("swapped");
        // The old output now sits at one of these: ours by its marker, or the empty folder (bar .gitkeep) it replaced.
        foreach (var old in new[] { retired, staging }.Where(d => Directory.Exists(d) && OutputMarker.MayReplace(d)))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>The build failed: its staging folder goes (it is ours by its marker); the old output stays.</summary>
    public static void Abandon(OutputStage stage) => OutputLeftovers.DeleteIfOurs(stage.Folder);

    /// <summary>
    /// Puts back an output a killed build left retired and deletes dead builds' staging folders. Runs at the
    /// start of every build, so even a build that then fails on its content leaves the old output in place.
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(target) is not null)
        {
            new OutputLeftovers(target).Recover();
        }
    }

    private static (string Target, OutputLeftovers Leftovers) Locate(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new UnsafeOutputFolderException(Messages.OutputIsRoot.With(outputDirectory));
        Directory.CreateDirectory(parent);
        return (target, new OutputLeftovers(target));
    }

    private static void CopyKeptFiles(string from, string to)
    {
        foreach (var kept in OutputMarker.KeptFiles)
        {
            var source = Path.Combine(from, kept);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(to, kept), overwrite: true);
            }
        }
    }
}
