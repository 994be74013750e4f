using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>Services a step may use: the options, the diagnostics sink, the log.</summary>
public sealed class BuildContext(BuildOptions options, DiagnosticBag diagnostics, IBuildLog log)
{
    public BuildOptions Options { get; } = options;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public IBuildLog Log { get; } = log;

    /// <summary>Path of an input file relative to the input folder, forward slashes, for diagnostics.</summary>
    public string RelativeToInput(string fullPath) =>
        Path.GetRelativePath(Options.InputDirectory, fullPath).Replace('\\', '/');
}
