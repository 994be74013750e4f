using System.Collections.Immutable;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Site;

namespace SiteGen.Pipeline;

/// <summary>
/// Everything the build knows after a step. Immutable: each step returns a new state with its additions,
/// so phases can't see half-finished work from one another.
/// </summary>
public sealed record BuildState
{
    public SiteSettings Site { get; init; } = SiteSettings.Default;
    public ImmutableArray<SourceDocument> Sources { get; init; } = [];
    /// <summary>Parsed reports, newest first (date descending, then slug).</summary>
    public ImmutableArray<Report> Reports { get; init; } = [];
    /// <summary>Files to write, keyed by output path (ordinal order so writing is deterministic).</summary>
    public ImmutableSortedDictionary<string, OutputFile> Files { get; init; } =
        ImmutableSortedDictionary.Create<string, OutputFile>(StringComparer.Ordinal);
    /// <summary>Each report's published formats, keyed by slug.</summary>
    public ImmutableDictionary<string, ImmutableArray<ReportFormat>> Formats { get; init; } =
        ImmutableDictionary<string, ImmutableArray<ReportFormat>>.Empty;

    /// <summary>Each report's bags, every version published so far (the current one and those kept from earlier builds), by slug.</summary>
    public ImmutableDictionary<string, ImmutableArray<Archive.BagVersion>> BagVersions { get; init; } =
        ImmutableDictionary<string, ImmutableArray<Archive.BagVersion>>.Empty;

    public BuildState WithFile(OutputFile file) => this with { Files = Files.SetItem(file.Path, file) };

    public BuildState WithFiles(IEnumerable<OutputFile> files) =>
        this with { Files = Files.SetItems(files.Select(f => new KeyValuePair<string, OutputFile>(f.Path, f))) };

    /// <summary>Adds or replaces a report's format entry (same kind replaces), keeping display order.</summary>
    public BuildState WithFormat(string slug, ReportFormat format)
    {
        var existing = Formats.TryGetValue(slug, out var list) ? list : [];
        var updated = existing.RemoveAll(f => f.Kind == format.Kind).Add(format)
            .Sort((a, b) => Order(a.Kind).CompareTo(Order(b.Kind)));
        return this with { Formats = Formats.SetItem(slug, updated) };
    }

    public ImmutableArray<ReportFormat> FormatsOf(string slug) =>
        Formats.TryGetValue(slug, out var list) ? list : [];

    private static int Order(string kind)
    {
        var index = FormatKinds.DisplayOrder.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }
}
