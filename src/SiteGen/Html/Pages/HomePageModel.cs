using System.Collections.Immutable;

namespace SiteGen.Html.Pages;

/// <summary>What the archive home layout sees: reports grouped by year, newest first.</summary>
public sealed record HomePageModel
{
    public required string Lang { get; init; }
    public required string SiteTitle { get; init; }

    /// <summary>Always null: the home page is in the site's language (the report page's field, for the shared partials).</summary>
    public string? SiteLang => null;
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string StylesheetHref { get; init; }
    public required string SearchScriptHref { get; init; }
    public required string FaviconHref { get; init; }
    public required string FeedHref { get; init; }
    public required string? Publisher { get; init; }
    public required ImmutableArray<YearModel> Years { get; init; }
    /// <summary>The collection as JSON-LD, escaped for a script element already (see JsonLdText).</summary>
    public required string JsonLd { get; init; }
    public required PageLabels Labels { get; init; }
    /// <summary>A preview build: a banner on the page and noindex (see SiteSettings.Preview).</summary>
    public bool IsPreview { get; init; }
}

public sealed record YearModel(string Id, string Heading, ImmutableArray<ReportEntryModel> Reports);

/// <summary>One report on the home page; <see cref="Lang"/> is set only when it differs from the site's.</summary>
public sealed record ReportEntryModel(
    string? Lang,
    string Title,
    string? Subtitle,
    string Href,
    string DateText,
    string DateIso,
    string? Organization,
    ImmutableArray<FormatLinkModel> Formats,
    bool IsDraft = false);

/// <summary>What the 404 layout sees; its links are root-relative because it is served at any depth.</summary>
public sealed record NotFoundPageModel(
    string Lang,
    string SiteTitle,
    string Title,
    string Text,
    string StylesheetHref,
    string FaviconHref,
    string HomeHref,
    string FeedHref,
    string? Publisher,
    PageLabels Labels,
    bool IsPreview)
{
    /// <summary>Always null: the 404 page is in the site's language (the report page's field, for the shared partials).</summary>
    public string? SiteLang => null;
}
