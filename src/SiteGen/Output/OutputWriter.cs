namespace SiteGen.Output;

/// <summary>
/// Writes a build into a sibling staging folder and swaps it in, so readers of the output folder see the old
/// build or the new one, never a mix or nothing; on failure the old output stays untouched. The swap is one
/// atomic exchange where the file system has it (<see cref="FolderSwap"/>); a `kill -9` at any moment then
/// leaves the old or the new output whole. Every folder involved carries <see cref="OutputMarker"/>, and only
/// marked folders are ever deleted.
/// </summary>
public static class OutputWriter
{
    public static void WriteAtomically(IEnumerable<OutputFile> files, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new UnsafeOutputFolderException($"--output '{outputDirectory}' is the root of the file system");
        Directory.CreateDirectory(parent);
        var leftovers = new OutputLeftovers(target);
        leftovers.Recover();
        if (!OutputMarker.MayReplace(target))
        {
            throw new UnsafeOutputFolderException($"--output '{outputDirectory}' is not empty and was not made by SiteGen (it has no {OutputMarker.FileName} file); SiteGen will not replace it");
        }

        var staging = leftovers.Staging(Environment.ProcessId);
        var retired = leftovers.Retired(Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(staging);
            // The marker goes first: from now on the staging folder is recognisably ours, whatever happens.
            File.WriteAllBytes(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Content);
            FaultPoints.Reach("staging");
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

        FaultPoints.Reach("swapped");
        // The old output now sits at one of these: ours by its marker, or the empty folder (bar .gitkeep) it replaced.
        foreach (var old in new[] { retired, staging }.Where(d => Directory.Exists(d) && OutputMarker.MayReplace(d)))
        {
            Directory.Delete(old, recursive: true);
        }
    }

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
