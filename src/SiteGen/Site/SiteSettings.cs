namespace SiteGen.Site;

/// <summary>Site-wide settings from the optional input/site.yml.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "报告档案";
    /// <summary>Absolute base URL of the published site, ending in "/"; used in feeds, sitemap and identifiers.</summary>
    public string BaseUrl { get; init; } = "https://example.org/";
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
