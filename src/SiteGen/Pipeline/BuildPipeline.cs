using System.Collections.Immutable;
using System.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Runs phases in order; stops after the first phase that reported an error. Every step of that phase still
/// runs, so all of a phase's errors are reported together (a step whose inputs failed makes nothing for them).
/// </summary>
public sealed class BuildPipeline(ImmutableArray<Phase> phases)
{
    public ImmutableArray<Phase> Phases { get; } = phases;

    public BuildState Run(BuildState initial, BuildContext context)
    {
        var state = initial;
        foreach (var phase in Phases)
        {
            foreach (var step in phase.Steps)
            {
                context.Progress.Start(phase.Name, step.Name, Math.Max(state.Reports.Length, state.Sources.Length));
                var clock = Stopwatch.StartNew();
                state = step.Run(state, context);
                context.Log.Phase(phase.Name, step.Name, Math.Max(state.Reports.Length, state.Sources.Length), clock.Elapsed);
            }

            if (context.Diagnostics.HasErrors)
            {
                return state;
            }
        }

        return state;
    }
}
