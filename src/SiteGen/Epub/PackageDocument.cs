using System.Xml;

namespace SiteGen.Epub;

/// <summary>package.opf: metadata, manifest and spine of the book.</summary>
internal static class PackageDocument
{
    public const string FileName = "package.opf";
    public const string OpfNamespace = "http://www.idpf.org/2007/opf";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(EpubBook book, EpubText text)
    {
        var record = book.Record;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Xhtml.Settings(indent: true)))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("package", OpfNamespace);
            xml.WriteAttributeString("version", "3.0");
            xml.WriteAttributeString("unique-identifier", "pub-id");
            xml.WriteAttributeString("xml", "lang", null, record.Language);

            xml.WriteStartElement("metadata", OpfNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
            Dc(xml, "identifier", book.Identifier, "pub-id");
            Dc(xml, "title", record.Title);
            Dc(xml, "language", record.Language);
            Dc(xml, "creator", record.Creator);
            foreach (var contributor in record.Contributors)
            {
                Dc(xml, "contributor", contributor);
            }

            Dc(xml, "publisher", record.Publisher);
            Dc(xml, "date", record.Issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (record.PreviewNote is { } preview)
            {
                Dc(xml, "description", preview);
            }

            if (record.Description is { } description)
            {
                Dc(xml, "description", description);
            }

            foreach (var subject in record.Subjects)
            {
                Dc(xml, "subject", subject);
            }

            if (record.Rights is { } rights)
            {
                Dc(xml, "rights", rights);
            }

            if (book.Print is { } print)
            {
                // The page list's numbers are the print edition's: dc:source names it, refined as the source of the
                // pagination (EPUB 3's "source-of"), so a reader knows which printing a cited page belongs to; Ace
                // reads exactly this pair. Not a11y:pageBreakSource: the epubcheck we test with (4.2.6) rejects that
                // property as undefined (OPF-027).
                Dc(xml, "source", print.SourceUrl, "print-source");
                xml.WriteStartElement("meta", OpfNamespace);
                xml.WriteAttributeString("refines", "#print-source");
                xml.WriteAttributeString("property", "source-of");
                xml.WriteString("pagination");
                xml.WriteEndElement();
            }

            if (record.License is { } license)
            {
                Meta(xml, "dcterms:license", license);
            }

            Meta(xml, "dcterms:modified", book.Modified);
            AccessibilityMetadata.Write(xml, book, text);
            xml.WriteEndElement();

            WriteManifest(xml, book);
            WriteSpine(xml);
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteManifest(XmlWriter xml, EpubBook book)
    {
        xml.WriteStartElement("manifest", OpfNamespace);
        Item(xml, "nav", NavDocument.FileName, "application/xhtml+xml", "nav");
        Item(xml, "chapter", ContentDocument.FileName, "application/xhtml+xml", null);
        Item(xml, "css", EpubStylesheet.Href, "text/css", null);
        foreach (var image in book.Images.Images)
        {
            Item(xml, image.ManifestId, image.Href, image.MediaType, null);
        }

        xml.WriteEndElement();
    }

    private static void WriteSpine(XmlWriter xml)
    {
        xml.WriteStartElement("spine", OpfNamespace);
        xml.WriteStartElement("itemref", OpfNamespace);
        xml.WriteAttributeString("idref", "chapter");
        xml.WriteEndElement();
        // The table of contents is also a page, for reading systems that do not show the nav document.
        xml.WriteStartElement("itemref", OpfNamespace);
        xml.WriteAttributeString("idref", "nav");
        xml.WriteAttributeString("linear", "no");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Dc(XmlWriter xml, string name, string value, string? id = null)
    {
        xml.WriteStartElement("dc", name, DcNamespace);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Meta(XmlWriter xml, string property, string value)
    {
        xml.WriteStartElement("meta", OpfNamespace);
        xml.WriteAttributeString("property", property);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Item(XmlWriter xml, string id, string href, string mediaType, string? properties)
    {
        xml.WriteStartElement("item", OpfNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("media-type", mediaType);
        if (properties is not null)
        {
            xml.WriteAttributeString("properties", properties);
        }

        xml.WriteEndElement();
    }
}
