using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Pipeline;

/// <summary>What a build or check ended with.</summary>
public sealed record BuildResult(BuildState State, IReadOnlyList<Diagnostic> Diagnostics, bool Written, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>The front door: runs the pipeline and, only when it finished without errors, swaps the output in.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IBuildLog? log = null) =>
        Run(options, SitePipeline.BuildPhases(options), write: true, log ?? NullBuildLog.Instance);

    public static BuildResult Check(BuildOptions options, IBuildLog? log = null) =>
        Run(options, SitePipeline.CheckPhases, write: false, log ?? NullBuildLog.Instance);

    private static BuildResult Run(BuildOptions options, System.Collections.Immutable.ImmutableArray<Phase> phases, bool write, IBuildLog log)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(options, diagnostics, log);
        var state = new BuildPipeline(phases).Run(new BuildState(), context);
        var written = false;
        if (write && !diagnostics.HasErrors)
        {
            OutputWriter.WriteAtomically(state.Files.Values, options.OutputDirectory);
            written = true;
        }

        return new BuildResult(state, diagnostics.Sorted(), written, clock.Elapsed);
    }
}
