using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Pipeline;

/// <summary>Services a step may use: the options, the diagnostics sink, the log, the per-report cache.</summary>
public sealed class BuildContext(BuildOptions options, DiagnosticBag diagnostics, IBuildLog log)
{
    public BuildOptions Options { get; } = options;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public IBuildLog Log { get; } = log;
    /// <summary>Per-report results kept between builds; off (always runs the work) unless the builder opens one.</summary>
    public BuildCache Cache { get; init; } = BuildCache.Off(diagnostics);
    /// <summary>Reports done of total in the running step; the cache advances it once per report.</summary>
    public BuildProgress Progress { get; init; } = new(log);
    /// <summary>Time per kind of work (fonts, layout, PDF writing, zipping), printed with --verbose.</summary>
    public BuildCounters Counters { get; init; } = new();

    /// <summary>Every read of an input file (Markdown, images) goes through here, so all formats see the same bytes.</summary>
    public SourceSnapshot Sources { get; init; } = new(options.InputDirectory, diagnostics);

    /// <summary>
    /// Where steps put the files they make, as soon as they make them; the state keeps handles. The builder
    /// passes the staging folder beside the output (or a temporary one for check); on its own, a context
    /// stages into a temporary folder (tests).
    /// </summary>
    public OutputStage Output
    {
        get => LazyInitializer.EnsureInitialized(ref _output, OutputStage.Temporary);
        init => _output = value;
    }

    private OutputStage? _output;

    /// <summary>Path of an input file relative to the input folder, forward slashes, for diagnostics.</summary>
    public string RelativeToInput(string fullPath) =>
        Path.GetRelativePath(Options.InputDirectory, fullPath).Replace('\\', '/');
}
