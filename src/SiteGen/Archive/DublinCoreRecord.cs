using System.Globalization;
using System.Xml;
using SiteGen.Html.Pages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>
/// data/metadata/dc.xml: the metadata record as an OAI-DC record (the oai_dc schema of OAI-PMH 2.0, simple
/// Dublin Core), so any repository that harvests or ingests Dublin Core reads it as it is. Unqualified: the
/// dates are the report's (dc:date, first), the latest revision's, then the disclosure catalogue's written and
/// release dates; every format the bag holds is a dc:format (its media type) and a dc:relation (its URL).
/// </summary>
internal static class DublinCoreRecord
{
    public const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    public static byte[] Write(Report report, SiteSettings site, IEnumerable<ReportFormat> formats)
    {
        var record = MetadataRecord.Of(report, site);
        var disclosure = record.Disclosure;
        var carried = formats.Where(f => f.Kind != FormatKinds.Bundle).ToList();
        return XmlBytes.Write(xml =>
        {
            xml.WriteStartElement("oai_dc", "dc", OaiDc);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteAttributeString("xsi", "schemaLocation", Xsi, SchemaLocation);
            Element(xml, "title", record.Title);
            Element(xml, "title", record.Alternative);
            Element(xml, "creator", record.Creator);
            foreach (var contributor in record.Contributors)
            {
                Element(xml, "contributor", contributor);
            }

            Element(xml, "publisher", record.Publisher);
            Element(xml, "publisher", disclosure.IssuingAgency == record.Publisher ? null : disclosure.IssuingAgency);
            Element(xml, "date", Iso(record.Issued));
            Element(xml, "date", record.Modified == record.Issued ? null : Iso(record.Modified));
            Element(xml, "date", disclosure.WrittenDate is { } written ? Iso(written) : null);
            Element(xml, "date", disclosure.ReleaseDate is { } released ? Iso(released) : null);
            Element(xml, "language", record.Language);
            Element(xml, "identifier", record.Identifier);
            Element(xml, "identifier", record.Url);
            Element(xml, "identifier", disclosure.IndexNumber);
            Element(xml, "identifier", disclosure.DocumentNumber);
            Element(xml, "description", record.PreviewNote);
            Element(xml, "description", record.Description);
            foreach (var subject in record.Subjects)
            {
                Element(xml, "subject", subject);
            }

            Element(xml, "subject", disclosure.SubjectCategory);
            Element(xml, "type", "Text");
            foreach (var mediaType in carried.Select(f => f.MediaType).Prepend("text/markdown").Distinct(StringComparer.Ordinal))
            {
                Element(xml, "format", mediaType);
            }

            Element(xml, "relation", record.IsPartOf);
            foreach (var format in carried)
            {
                Element(xml, "relation", SiteUrls.Absolute(site, format.Path));
            }

            Element(xml, "rights", record.Rights);
            Element(xml, "rights", record.License);
            xml.WriteEndElement();
        });
    }

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString("dc", name, Dc, value);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
