using System.Globalization;
using System.Xml;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>data/metadata/dc.xml: the report described in Dublin Core, with every format the bag holds.</summary>
internal static class DublinCoreRecord
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";

    public static byte[] Write(Report report, SiteSettings site, IEnumerable<ReportFormat> formats)
    {
        var meta = report.Metadata;
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new System.Text.UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("metadata");
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            Element(xml, Dc, "title", meta.Title);
            foreach (var creator in new[] { meta.Author, meta.Organization }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Element(xml, Dc, "creator", creator);
            }

            if (site.Publisher is { } publisher)
            {
                Element(xml, Dc, "publisher", publisher);
            }

            Element(xml, Dc, "date", meta.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Element(xml, Dc, "language", meta.Lang);
            Element(xml, Dc, "identifier", ReportIdentifier.UrnOf(site, report.Slug));
            Element(xml, Dc, "identifier", ReportIdentifier.UrlOf(site, report.Slug));
            if (meta.Description is { } description)
            {
                Element(xml, Dc, "description", description);
            }

            foreach (var keyword in meta.Keywords)
            {
                Element(xml, Dc, "subject", keyword);
            }

            Element(xml, Dc, "type", "Text");
            var carried = formats.Where(f => f.Kind != FormatKinds.Bundle).ToList();
            foreach (var mediaType in carried.Select(f => f.MediaType).Prepend("text/markdown").Distinct(StringComparer.Ordinal))
            {
                Element(xml, Dc, "format", mediaType);
            }

            foreach (var format in carried)
            {
                WriteFormat(xml, format);
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>Each format with its kind and where it sits in the bag.</summary>
    private static void WriteFormat(XmlWriter xml, ReportFormat format)
    {
        xml.WriteStartElement("dcterms", "hasFormat", DcTerms);
        xml.WriteAttributeString("kind", format.Kind);
        xml.WriteAttributeString("mediaType", format.MediaType);
        if (format.PageCount is { } pages)
        {
            xml.WriteAttributeString("pages", pages.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteString(BagPayload.SiteFolder + format.Path);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string ns, string name, string value) =>
        xml.WriteElementString("dc", name, ns, value);
}
