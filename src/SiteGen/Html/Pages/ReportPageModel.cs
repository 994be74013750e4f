using System.Collections.Immutable;

namespace SiteGen.Html.Pages;

/// <summary>
/// What the report layout sees. Plain strings are text (templates escape them with esc); the *_html fields
/// and <see cref="JsonLd"/> are markup the C# renderers produced and escaped already.
/// </summary>
public sealed record ReportPageModel
{
    public required string Lang { get; init; }
    public required string SiteTitle { get; init; }

    /// <summary>
    /// The site's language where it differs in script from the page's (an English report on a Chinese site): the
    /// site's own strings (its name, the publisher, the feed's title) carry it, so they are read in their language.
    /// </summary>
    public string? SiteLang { get; init; }
    public required string PageTitle { get; init; }
    public required string Description { get; init; }
    public required string Keywords { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string StylesheetHref { get; init; }
    public required string SearchScriptHref { get; init; }

    /// <summary>assets/reader.js: folds the contents and downloads on a phone, and copies a paragraph's link on touch.</summary>
    public required string ReaderScriptHref { get; init; }
    public required string FaviconHref { get; init; }
    public required string HomeHref { get; init; }
    public required string FeedHref { get; init; }
    public required string? Kicker { get; init; }
    public required string Title { get; init; }
    public required string? Subtitle { get; init; }
    public required string? Byline { get; init; }
    public required string? Organization { get; init; }
    public required string DateText { get; init; }
    public required string DateIso { get; init; }
    /// <summary>The corrections, newest first, as the page shows them ("修订于2021年3月1日：…").</summary>
    public ImmutableArray<RevisionModel> Revisions { get; init; } = [];
    public bool HasRevisions => !Revisions.IsEmpty;
    public required string TocHtml { get; init; }
    public required string BodyHtml { get; init; }
    public required string FootnotesHtml { get; init; }
    public required ImmutableArray<FormatLinkModel> Downloads { get; init; }
    public bool HasDownloads => !Downloads.IsEmpty;

    /// <summary>The report's attachments (附件), each with its type and size.</summary>
    public required ImmutableArray<FormatLinkModel> Attachments { get; init; }
    public bool HasAttachments => !Attachments.IsEmpty;
    public required string Citation { get; init; }
    public required string JsonLd { get; init; }
    public required ImmutableArray<MetaModel> Meta { get; init; }
    public required string? Publisher { get; init; }
    public required PageLabels Labels { get; init; }
    /// <summary>A draft shown by `serve`: marked on the page and kept out of search engines (noindex).</summary>
    public bool IsDraft { get; init; }
    /// <summary>A preview build: a banner on the page and noindex (see SiteSettings.Preview).</summary>
    public bool IsPreview { get; init; }
}

/// <summary>A link to one format of a report, with its size (and page count for PDFs) as readers see it.</summary>
public sealed record FormatLinkModel(string Label, string Href, string MediaType, string SizeText, string? PagesText)
{
    /// <summary>Size and page count as one phrase: "1.2 MB，36页" or "1.2 MB, 36 pages".</summary>
    public required string Details { get; init; }
}

/// <summary>One correction on the page: its date for the time element, the label with the date in words, the note.</summary>
public sealed record RevisionModel(string DateIso, string Label, string Note);

/// <summary>A named meta element (Dublin Core).</summary>
public sealed record MetaModel(string Name, string Content);
