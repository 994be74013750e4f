using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Html.Pages;

/// <summary>
/// The record as &lt;meta name="DC.*"&gt; and "DCTERMS.*" elements (one element per keyword), in a fixed order,
/// then the disclosure catalogue's fields as "disclosure:&lt;front-matter key&gt;"; empty values are left out.
/// </summary>
public static class DublinCore
{
    public static ImmutableArray<MetaModel> For(MetadataRecord record)
    {
        var disclosure = record.Disclosure;
        var elements = new List<(string Name, string? Content)>
        {
            ("DC.title", record.Title),
            ("DCTERMS.alternative", record.Alternative),
            ("DC.creator", record.Creator),
        };
        elements.AddRange(record.Contributors.Select(c => ("DC.contributor", (string?)c)));
        elements.AddRange(
        [
            ("DC.publisher", record.Publisher),
            ("DC.date", Iso(record.Issued)),
            ("DCTERMS.modified", record.Modified == record.Issued ? null : Iso(record.Modified)),
            ("DC.language", record.Language),
            ("DC.description", record.Description),
        ]);
        elements.AddRange(record.Subjects.Select(s => ("DC.subject", (string?)s)));
        elements.AddRange(
        [
            ("DC.type", "Text"),
            ("DC.format", "text/html"),
            ("DC.identifier", record.Url),
            ("DC.identifier", record.Identifier),
            ("DC.rights", record.Rights),
            ("DCTERMS.license", record.License),
            ("DCTERMS.isPartOf", record.IsPartOf),
            ("disclosure:index_number", disclosure.IndexNumber),
            ("disclosure:issuing_agency", disclosure.IssuingAgency),
            ("disclosure:document_number", disclosure.DocumentNumber),
            ("disclosure:subject_category", disclosure.SubjectCategory),
            ("disclosure:written_date", disclosure.WrittenDate is { } written ? Iso(written) : null),
            ("disclosure:release_date", disclosure.ReleaseDate is { } released ? Iso(released) : null),
        ]);
        return elements.Where(e => !string.IsNullOrWhiteSpace(e.Content))
            .Select(e => new MetaModel(e.Name, e.Content!))
            .ToImmutableArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
