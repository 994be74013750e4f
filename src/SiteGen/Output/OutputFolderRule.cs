using SiteGen.Diagnostics;
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
            throw new UnsafeOutputFolderException(Messages.TemplatesFolderMissing.With(templates));
        }

        var output = ResolveOrRefuse(options.OutputDirectory, "--output");
        if (Path.GetDirectoryName(output) is null)
        {
            throw new UnsafeOutputFolderException(Messages.OutputIsRoot.With(options.OutputDirectory));
        }

        Refuse(output, options.OutputDirectory, ResolveOrRefuse(options.InputDirectory, "--input"), Messages.FolderInput.With());
        Refuse(output, options.OutputDirectory, ResolveOrRefuse(options.DefaultTemplatesDirectory, "templates"), Messages.FolderBuiltInTemplates.With());
        if (options.TemplatesDirectory is { } own)
        {
            Refuse(output, options.OutputDirectory, ResolveOrRefuse(own, "--templates"), Messages.FolderTemplates.With());
        }

        if (File.Exists(output))
        {
            throw new UnsafeOutputFolderException(Messages.OutputIsFile.With(options.OutputDirectory));
        }

        if (!OutputMarker.MayReplace(output))
        {
            throw new UnsafeOutputFolderException(Messages.OutputNotOurs.With(options.OutputDirectory, OutputMarker.FileName));
        }

        if (ForeignFiles.In(output) is { } foreign)
        {
            throw new UnsafeOutputFolderException(Messages.OutputHasForeignFiles.With(options.OutputDirectory, foreign.First, foreign.Count));
        }
    }

    private static void Refuse(string output, string outputAsGiven, string other, Message what)
    {
        if (RealPath.IsSameOrInside(output, other))
        {
            throw new UnsafeOutputFolderException(Messages.OutputInside.With(outputAsGiven, what, other));
        }

        if (RealPath.IsSameOrInside(other, output))
        {
            throw new UnsafeOutputFolderException(Messages.OutputHolds.With(outputAsGiven, what, other));
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
            throw new UnsafeOutputFolderException(Messages.OptionSymlinkLoop.With(option, e.LinkPath));
        }
    }
}
