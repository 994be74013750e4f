using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>
/// The archive home's JSON-LD: the site as a schema.org Collection whose hasPart lists every report with the
/// same description its own page carries, newest first, so a portal or search engine reads the whole archive
/// from one page.
/// </summary>
internal static class HomeJsonLd
{
    public static string For(SiteSettings site, IEnumerable<Report> reports) => JsonLdText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Collection");
        json.WriteString("@id", ReportIdentifier.BaseOf(site));
        json.WriteString("url", ReportIdentifier.BaseOf(site));
        json.WriteString("name", site.Title);
        JsonLdText.WriteIfPresent(json, "description", site.Description);
        json.WriteString("inLanguage", site.Language);
        if (!string.IsNullOrWhiteSpace(site.Publisher))
        {
            json.WritePropertyName("publisher");
            JsonLdText.WriteParty(json, "Organization", site.Publisher);
        }

        JsonLdText.WriteIfPresent(json, "copyrightNotice", site.Rights);
        JsonLdText.WriteIfPresent(json, "license", site.License);
        json.WriteStartArray("hasPart");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            ReportJsonLd.Body(json, MetadataRecord.Of(report, site));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
