using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>What the front matter says about a report, validated and with defaults applied.</summary>
public sealed record ReportMetadata
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public required string Lang { get; init; }
    public required string Slug { get; init; }
    public string? Subtitle { get; init; }
    public string? Kicker { get; init; }
    public string? Organization { get; init; }
    public string? Author { get; init; }
    /// <summary>The byline as printed, e.g. "记者 任雷"; defaults to the author.</summary>
    public string? Byline { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> Keywords { get; init; } = [];
    /// <summary>`draft: true`: left out of a published build (see LinkReports); `serve` shows it, marked.</summary>
    public bool Draft { get; init; }
}
