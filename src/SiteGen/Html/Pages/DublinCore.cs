using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>Dublin Core elements as &lt;meta name="DC.*"&gt;, in a fixed order; empty values are left out.</summary>
public static class DublinCore
{
    public static ImmutableArray<MetaModel> For(ReportMetadata metadata, SiteSettings site, string url)
    {
        var elements = new (string Name, string? Content)[]
        {
            ("DC.title", metadata.Title),
            ("DC.creator", CitationText.Creator(metadata, site)),
            ("DC.publisher", metadata.Organization ?? site.Publisher),
            ("DC.date", metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("DC.language", metadata.Lang),
            ("DC.description", metadata.Description),
            ("DC.subject", metadata.Keywords.IsEmpty ? null : string.Join("; ", metadata.Keywords)),
            ("DC.type", "Text"),
            ("DC.format", "text/html"),
            ("DC.identifier", url),
        };
        return elements.Where(e => !string.IsNullOrWhiteSpace(e.Content))
            .Select(e => new MetaModel(e.Name, e.Content!))
            .ToImmutableArray();
    }
}
