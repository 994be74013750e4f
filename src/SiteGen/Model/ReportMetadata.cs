using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>What the front matter says about a report, validated and with defaults applied.</summary>
public sealed record ReportMetadata
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public required string Lang { get; init; }
    public required string Slug { get; init; }
    /// <summary>Where the slug was decided: its front-matter line, or the file's first line when the folder name gave it.</summary>
    public SourceLocation? SlugLocation { get; init; }
    public string? Subtitle { get; init; }
    public string? Kicker { get; init; }
    public string? Organization { get; init; }
    public string? Author { get; init; }
    /// <summary>The byline as printed, e.g. "记者 任雷"; defaults to the author.</summary>
    public string? Byline { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>Corrections after first publication, oldest first; empty for a report never corrected.</summary>
    public ImmutableArray<Revision> Revisions { get; init; } = [];

    /// <summary>The latest revision, or null when the report was never corrected.</summary>
    public Revision? LatestRevision => Revisions.IsEmpty ? null : Revisions[^1];

    /// <summary>
    /// When the report last changed: the latest revision's date, or its own date. The feed's updated, the
    /// sitemap's lastmod, the EPUB's dcterms:modified, the PDFs' ModDate and the bag follow it.
    /// </summary>
    public DateOnly Modified => LatestRevision?.Date ?? Date;

    /// <summary>A rights statement for this report (front matter <c>rights</c>); null means the site's.</summary>
    public string? Rights { get; init; }

    /// <summary>The licence's URL for this report (front matter <c>license</c>); null means the site's.</summary>
    public string? License { get; init; }

    /// <summary>Government information-disclosure catalogue fields (索引号, 文号, …), when given.</summary>
    public Disclosure Disclosure { get; init; } = Disclosure.None;

    /// <summary>`draft: true`: left out of a published build (see LinkReports); `serve` shows it, marked.</summary>
    public bool Draft { get; init; }
}
