namespace SiteGen.Site;

/// <summary>Site-wide settings from the optional input/site.yml.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "报告档案";
    /// <summary>Absolute base URL of the published site, ending in "/"; used in feeds, sitemap and identifiers.</summary>
    public string BaseUrl { get; init; } = "https://example.org/";
    /// <summary>Where site.yml set base_url (null: not set). A publication build refuses a missing or local one there, see <see cref="PublicationAddress"/>.</summary>
    public Diagnostics.SourceLocation? BaseUrlAt { get; init; }
    /// <summary>
    /// A preview build (`serve`, `build --preview`): <see cref="BaseUrl"/> is a local address, and every file that
    /// carries it says it is a preview (noindex and a banner on pages, no sitemap, "Preview: yes" in bag-info.txt,
    /// "preview": true in manifest.json, a note in the EPUB, PDF and dc.xml), so it is never taken for a publication.
    /// </summary>
    public bool Preview { get; init; }
    public string? Publisher { get; init; }
    public string Language { get; init; } = "zh-CN";
    public string? Description { get; init; }
    /// <summary>The rights statement of every report that does not state its own (site.yml <c>rights</c>).</summary>
    public string? Rights { get; init; }
    /// <summary>The licence URL of every report that does not name its own (site.yml <c>license</c>).</summary>
    public string? License { get; init; }
    /// <summary>GB/T 15834 full-width punctuation next to Han characters (docs/typography.md rule 1).</summary>
    public bool NormalizePunctuation { get; init; } = true;

    public static SiteSettings Default { get; } = new();
}
