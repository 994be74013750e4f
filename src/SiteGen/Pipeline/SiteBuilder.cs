using System.Diagnostics;
using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Pipeline;

/// <summary>What a build or check ended with.</summary>
public sealed record BuildResult(BuildState State, IReadOnlyList<Diagnostic> Diagnostics, bool Written, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Cache hits and misses per step (all misses when the cache was off).</summary>
    public CacheStatistics Cache { get; init; } = new();
}

/// <summary>The front door: runs the pipeline and, only when it finished without errors, swaps the output in.</summary>
public static class SiteBuilder
{
    /// <summary>
    /// Called with the output folder after each build that swapped its output in. The test suites set it to
    /// check every bag they build with tools apart from SiteGen's own verifier; nothing else does.
    /// </summary>
    internal static Action<string>? Written { get; set; }

    public static BuildResult Build(BuildOptions options, IBuildLog? log = null) =>
        Run(options, SitePipeline.BuildPhases(options), write: true, log ?? NullBuildLog.Instance);

    /// <summary>A build with other phases than the site's (tests of the pipeline and the cache).</summary>
    internal static BuildResult Build(BuildOptions options, System.Collections.Immutable.ImmutableArray<Phase> phases, IBuildLog? log = null) =>
        Run(options, phases, write: true, log ?? NullBuildLog.Instance);

    public static BuildResult Check(BuildOptions options, IBuildLog? log = null) =>
        Run(options, SitePipeline.BuildPhases(options), write: false, log ?? NullBuildLog.Instance);

    private static BuildResult Run(BuildOptions options, System.Collections.Immutable.ImmutableArray<Phase> phases, bool write, IBuildLog log)
    {
        var clock = Stopwatch.StartNew();
        if (write)
        {
            OutputFolderRule.Check(options); // before any work: a refused folder is a usage error, not a failed build
            OutputWriter.Recover(options.OutputDirectory);
        }

        var diagnostics = new DiagnosticBag();
        var progress = new BuildProgress(log);
        // `check` makes every file too (so it fails exactly when `build` does) but into a temporary folder it
        // deletes; `build` stages beside the output folder and swaps it in only when no step reported an error.
        using var stage = write ? OutputWriter.Begin(options.OutputDirectory) : OutputStage.Temporary();
        var sources = new SourceSnapshot(options.InputDirectory, diagnostics);
        var cache = write && options.UseCache ? BuildCache.Open(options, stage, sources, diagnostics, progress) : BuildCache.Off(diagnostics, progress);
        var context = new BuildContext(options, diagnostics, log) { Cache = cache, Progress = progress, Output = stage, Sources = sources };
        var written = false;
        BuildState state;
        try
        {
            state = new BuildPipeline(phases).Run(new BuildState(), context);
            if (write && !diagnostics.HasErrors)
            {
                using (context.Counters.Measure("write: swap the output folder in"))
                {
                    OutputWriter.Commit(stage, options.OutputDirectory);
                }

                cache.Prune();
                written = true;
            }
        }
        finally
        {
            if (!written)
            {
                OutputWriter.Abandon(stage);
            }
        }

        if (written)
        {
            Written?.Invoke(options.OutputDirectory);
        }

        // Start-up (runtime, JIT, command line) is the time since the process started less the build's own.
        using (var self = Process.GetCurrentProcess())
        {
            context.Counters.Add("process: wall time since start", DateTime.Now - self.StartTime);
            context.Counters.Add("process: CPU time so far (all threads)", self.TotalProcessorTime);
            // What ReadyToRun left to the JIT (generic instantiations over other assemblies' types, dynamic methods) and
            // the collector's pauses: with start-up, most of a one-report build's CPU (tests/SiteGen.Benchmarks/RESULTS.md).
            // Counted in methods and in collections (every collection counts as gen 0).
            context.Counters.Add("process: JIT compiling (methods; wall time, all threads)", System.Runtime.JitInfo.GetCompilationTime(), (int)System.Runtime.JitInfo.GetCompiledMethodCount());
            context.Counters.Add("process: GC pauses (collections)", GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        }

        foreach (var (name, count, elapsed) in context.Counters.Snapshot())
        {
            log.Counter(name, count, elapsed);
        }

        return new BuildResult(state, diagnostics.Sorted(), written, clock.Elapsed) { Cache = cache.Statistics };
    }
}
