using SiteGen.Ingest;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Steps;

/// <summary>Parses every source in parallel; orders reports newest first, then by slug.</summary>
public sealed class ParseReports : IBuildStep
{
    public string Name => nameof(ParseReports);

    public BuildState Run(BuildState state, BuildContext context)
    {
        var parsed = new Report?[state.Sources.Length];
        var today = DateOnly.FromDateTime(context.Options.Clock.GetUtcNow().UtcDateTime);
        Parallel.For(0, state.Sources.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Options.MaxParallelism }, i =>
        {
            var source = state.Sources[i];
            parsed[i] = ReportParser.Parse(source.RelativePath, source.Text, context.Options.InputDirectory, state.Site, context.Diagnostics, today);
        });

        var reports = parsed.OfType<Report>()
            .OrderByDescending(r => r.Metadata.Date)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToArray();
        ImageSupport.Check(reports, context.Options, context.Diagnostics);
        return state with { Reports = [.. reports] };
    }
}
