using SiteGen.Pipeline;

namespace SiteGen.Output;

/// <summary>
/// Where a build may write. The output folder is replaced whole, so it must not be, hold or lie inside the
/// input or templates folder (compared after resolving links: `--output .` beside input/ is the classic
/// mistake), and an existing folder is replaced only when it is empty or carries <see cref="OutputMarker"/>.
/// </summary>
internal static class OutputFolderRule
{
    /// <exception cref="UnsafeOutputFolderException">The output folder would put the user's files at risk.</exception>
    public static void Check(BuildOptions options)
    {
        if (options.TemplatesDirectory is { } templates && !Directory.Exists(templates))
        {
            throw new UnsafeOutputFolderException($"--templates: folder '{templates}' does not exist; give a folder of templates, or leave --templates out to use the built-in ones");
        }

        var output = ResolveOrRefuse(options.OutputDirectory, "--output");
        if (Path.GetDirectoryName(output) is null)
        {
            throw new UnsafeOutputFolderException($"--output '{options.OutputDirectory}' is the root of the file system; choose a folder of its own, e.g. --output output");
        }

        Refuse(output, options.OutputDirectory, ResolveOrRefuse(options.InputDirectory, "--input"), "input");
        Refuse(output, options.OutputDirectory, ResolveOrRefuse(options.DefaultTemplatesDirectory, "templates"), "built-in templates");
        if (options.TemplatesDirectory is { } own)
        {
            Refuse(output, options.OutputDirectory, ResolveOrRefuse(own, "--templates"), "templates");
        }

        if (File.Exists(output))
        {
            throw new UnsafeOutputFolderException($"--output '{options.OutputDirectory}' is a file, not a folder; choose a folder, e.g. --output output");
        }

        if (!OutputMarker.MayReplace(output))
        {
            throw new UnsafeOutputFolderException(
                $"--output '{options.OutputDirectory}' is not empty and was not made by SiteGen (it has no {OutputMarker.FileName} file); " +
                "SiteGen replaces its output folder whole, so it will not touch this one. Choose a new or empty folder, or move this one away yourself");
        }
    }

    private static void Refuse(string output, string outputAsGiven, string other, string what)
    {
        if (RealPath.IsSameOrInside(output, other))
        {
            throw new UnsafeOutputFolderException($"--output '{outputAsGiven}' is or lies inside the {what} folder '{other}'; the build replaces its output folder whole and would delete your files. Choose a folder outside it, e.g. --output output");
        }

        if (RealPath.IsSameOrInside(other, output))
        {
            throw new UnsafeOutputFolderException($"--output '{outputAsGiven}' holds the {what} folder '{other}'; the build replaces its output folder whole and would delete your files. Choose a folder beside it, e.g. --output output");
        }
    }

    private static string ResolveOrRefuse(string path, string option)
    {
        try
        {
            return RealPath.Resolve(path);
        }
        catch (SymlinkLoopException e)
        {
            throw new UnsafeOutputFolderException($"{option}: {e.Message}");
        }
    }
}
