using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Caching;

/// <summary>
/// Runs a step's per-report work on every report, in parallel and through the cache, then adds the results
/// to the state in report order, so the output doesn't depend on which thread finished first. The work sees
/// the state as it was when the step began, never another report's results of the same step.
/// </summary>
public static class ReportWork
{
    public static BuildState Run(BuildState state, BuildContext context, string step,
        Func<Report, DiagnosticBag, CachedOutput> render, params string[] settings) =>
        Run(state, context, step, render, _ => settings);

    /// <summary>The same, with settings that differ per report (e.g. the shared files a report's bag carries).</summary>
    public static BuildState Run(BuildState state, BuildContext context, string step,
        Func<Report, DiagnosticBag, CachedOutput> render, Func<Report, string[]> settingsOf)
    {
        var reports = state.Reports;
        var made = new CachedOutput[reports.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxParallelism) };
        Parallel.For(0, reports.Length, parallel, i =>
            made[i] = context.Cache.GetOrCreate(step, reports[i], state, bag => render(reports[i], bag), settingsOf(reports[i])));
        for (var i = 0; i < reports.Length; i++)
        {
            state = made[i].ApplyTo(state, reports[i].Slug);
        }

        return state;
    }
}
