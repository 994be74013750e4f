namespace SiteGen.Cli.Serve;

/// <summary>
/// Maps a request path to a file inside the output folder, and to nothing outside it: dot segments,
/// encoded slashes or backslashes, NULs and rooted paths are refused, and the final path (after following
/// links) must still lie under the output folder.
/// </summary>
internal sealed class OutputFiles(string outputDirectory)
{
    private readonly string _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    public enum Outcome
    {
        File,
        RedirectToFolder,
        NotFound,
        BadRequest,
    }

    /// <param name="requestPath">The decoded path as Kestrel gives it (%2F stays encoded).</param>
    public (Outcome Outcome, string? FullPath) Resolve(string requestPath)
    {
        if (requestPath.Length == 0 || requestPath[0] != '/' || requestPath.Contains('\\') || requestPath.Contains('\0')
            || requestPath.Contains("%2f", StringComparison.OrdinalIgnoreCase) || requestPath.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || requestPath.Contains("//", StringComparison.Ordinal))
        {
            return (Outcome.BadRequest, null);
        }

        var segments = requestPath[1..].Split('/');
        if (segments.Any(s => s is "." or ".." || s.Contains(':')))
        {
            return (Outcome.BadRequest, null);
        }

        var relative = string.Join(Path.DirectorySeparatorChar, segments);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !IsInside(full))
        {
            return (Outcome.BadRequest, null);
        }

        if (Directory.Exists(full))
        {
            if (!requestPath.EndsWith('/'))
            {
                return (Outcome.RedirectToFolder, null);
            }

            full = Path.Combine(full, "index.html");
        }

        if (!File.Exists(full) || !IsInside(RealPath(full)))
        {
            return (Outcome.NotFound, null);
        }

        return (Outcome.File, full);
    }

    private bool IsInside(string full) =>
        full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link on the way resolved, so a link can't lead out of the folder.</summary>
    private string RealPath(string full)
    {
        var real = RealFolder(Path.GetDirectoryName(full)!);
        var file = new FileInfo(Path.Combine(real, Path.GetFileName(full)));
        return file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
    }

    private string RealFolder(string folder)
    {
        if (folder.Length <= _root.Length)
        {
            return folder;
        }

        var parent = RealFolder(Path.GetDirectoryName(folder)!);
        var info = new DirectoryInfo(Path.Combine(parent, Path.GetFileName(folder)));
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }
}
