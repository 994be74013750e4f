using System.Globalization;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Html.Pages;

/// <summary>
/// schema.org Report metadata as JSON-LD, from the record: the issuing body is the author, the reporter a
/// contributor, the site's publisher the publisher; keywords are an array. Disclosure fields map to
/// identifier (索引号, 文号 as PropertyValue), publication (发布机构, 发布日期), genre (主题分类) and
/// dateCreated (成文日期).
/// </summary>
public static class ReportJsonLd
{
    public static string For(MetadataRecord record) => JsonLdText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        Body(json, record);
        json.WriteEndObject();
    });

    /// <summary>The Report's properties without @context, also used for each part of the home page's collection.</summary>
    public static void Body(Utf8JsonWriter json, MetadataRecord record)
    {
        var disclosure = record.Disclosure;
        json.WriteString("@type", "Report");
        json.WriteString("@id", record.Identifier);
        json.WriteString("headline", record.Title);
        JsonLdText.WriteIfPresent(json, "alternativeHeadline", record.Alternative);
        JsonLdText.WriteIfPresent(json, "description", record.Description);
        json.WriteString("datePublished", Iso(record.Issued));
        json.WriteString("dateModified", Iso(record.Modified));
        if (disclosure.WrittenDate is { } written)
        {
            json.WriteString("dateCreated", Iso(written));
        }

        json.WriteString("inLanguage", record.Language);
        json.WriteString("url", record.Url);
        json.WriteString("mainEntityOfPage", record.Url);
        WriteIdentifiers(json, record);
        if (!record.Subjects.IsEmpty)
        {
            json.WriteStartArray("keywords");
            foreach (var subject in record.Subjects)
            {
                json.WriteStringValue(subject);
            }

            json.WriteEndArray();
        }

        JsonLdText.WriteIfPresent(json, "genre", disclosure.SubjectCategory);
        json.WritePropertyName("author");
        JsonLdText.WriteParty(json, "Organization", record.Creator);
        if (!record.Contributors.IsEmpty)
        {
            json.WriteStartArray("contributor");
            foreach (var contributor in record.Contributors)
            {
                JsonLdText.WriteParty(json, "Person", contributor);
            }

            json.WriteEndArray();
        }

        json.WritePropertyName("publisher");
        JsonLdText.WriteParty(json, "Organization", record.Publisher);
        WritePublication(json, disclosure);
        JsonLdText.WriteIfPresent(json, "copyrightNotice", record.Rights);
        JsonLdText.WriteIfPresent(json, "license", record.License);
        if (!record.Revisions.IsEmpty)
        {
            json.WriteStartArray("correction");
            foreach (var revision in record.Revisions)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("datePublished", Iso(revision.Date));
                json.WriteString("text", revision.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("isPartOf");
        json.WriteString("@id", record.IsPartOf);
        json.WriteEndObject();
    }

    private static void WriteIdentifiers(Utf8JsonWriter json, MetadataRecord record)
    {
        var catalogue = new (string Name, string? Value)[]
        {
            ("索引号", record.Disclosure.IndexNumber),
            ("文号", record.Disclosure.DocumentNumber),
        }.Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        if (catalogue.Count == 0)
        {
            json.WriteString("identifier", record.Identifier);
            return;
        }

        json.WriteStartArray("identifier");
        json.WriteStringValue(record.Identifier);
        foreach (var (name, value) in catalogue)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>发布机构 and 发布日期: the catalogue's release, a schema.org PublicationEvent.</summary>
    private static void WritePublication(Utf8JsonWriter json, Disclosure disclosure)
    {
        if (disclosure.IssuingAgency is null && disclosure.ReleaseDate is null)
        {
            return;
        }

        json.WriteStartObject("publication");
        json.WriteString("@type", "PublicationEvent");
        if (disclosure.ReleaseDate is { } released)
        {
            json.WriteString("startDate", Iso(released));
        }

        if (disclosure.IssuingAgency is { } agency)
        {
            json.WritePropertyName("publishedBy");
            JsonLdText.WriteParty(json, "Organization", agency);
        }

        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
