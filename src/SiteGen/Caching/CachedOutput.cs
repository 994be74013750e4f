using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Caching;

/// <summary>
/// What one step made for one report: its files, the format entries it published, and the warnings it
/// reported (replayed on a cache hit, so an incremental build prints what a clean one prints).
/// </summary>
public sealed record CachedOutput(ImmutableArray<OutputFile> Files, ImmutableArray<ReportFormat> Formats)
{
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];

    public static CachedOutput Of(IEnumerable<OutputFile> files, params IEnumerable<ReportFormat> formats) =>
        new([.. files], [.. formats]);

    /// <summary>Adds the files and, under <paramref name="slug"/>, the formats to the state.</summary>
    public BuildState ApplyTo(BuildState state, string slug)
    {
        var next = state.WithFiles(Files);
        foreach (var format in Formats)
        {
            next = next.WithFormat(slug, format);
        }

        return next;
    }
}
