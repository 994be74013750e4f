using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp's XMP carries title, creator, description and keywords only. We add the Dublin Core properties a
/// catalogue needs: language, publisher, contributor, subject (keywords, one per item), date and rights, and
/// the licence's URL as xmpRights:WebStatement. All are in schemas PDF/A predefines (Dublin Core, XMP Rights
/// Management), so PDF/A needs no extension schema for them.
/// </summary>
internal static partial class XmpMetadata
{
    public static void Apply(PdfObjectFile file, DocumentInfo info)
    {
        var root = file.Objects.First(o => o.Body.Contains("/Type/Catalog", StringComparison.Ordinal));
        var reference = MetadataRef().Match(root.Body);
        if (!reference.Success) throw new InvalidOperationException("The catalog has no /Metadata.");
        var metadata = file[int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture)];
        var xmp = Encoding.UTF8.GetString(metadata.Data!);
        var dc = xmp.IndexOf("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", StringComparison.Ordinal);
        var close = xmp.IndexOf("</rdf:Description>", dc, StringComparison.Ordinal);
        if (dc < 0 || close < 0) throw new InvalidOperationException("PDFsharp's XMP has no Dublin Core description.");
        xmp = xmp[..close] + Properties(info) + xmp[close..];
        // PDFsharp writes the creation date as xmp:ModifyDate too; PDF/A wants it equal to Info /ModDate, the latest revision.
        xmp = ModifyDate().Replace(xmp, "<xmp:ModifyDate>" + info.ModifiedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z</xmp:ModifyDate>", 1);
        if (!string.IsNullOrWhiteSpace(info.License))
        {
            var at = xmp.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
            xmp = xmp[..at] + RightsDescription(info.License) + xmp[at..];
        }

        var end = xmp.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException("PDFsharp's XMP has no rdf:RDF.");
        xmp = xmp[..end] + UniversalAccessibility + xmp[end..];
        metadata.Data = Encoding.UTF8.GetBytes(xmp);
    }

    private static string Properties(DocumentInfo info)
    {
        var sb = new StringBuilder();
        sb.Append("  <dc:format>application/pdf</dc:format>\n");
        sb.Append("        <dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!string.IsNullOrWhiteSpace(info.Publisher))
            sb.Append("        <dc:publisher><rdf:Bag><rdf:li>").Append(Escape(info.Publisher)).Append("</rdf:li></rdf:Bag></dc:publisher>\n");
        if (info.Contributors is { Count: > 0 } contributors)
        {
            sb.Append("        <dc:contributor><rdf:Bag>");
            foreach (var c in contributors) sb.Append("<rdf:li>").Append(Escape(c)).Append("</rdf:li>");
            sb.Append("</rdf:Bag></dc:contributor>\n");
        }
        if (!string.IsNullOrWhiteSpace(info.Rights))
            sb.Append("        <dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Rights)).Append("</rdf:li></rdf:Alt></dc:rights>\n");
        if (info.Keywords.Count > 0)
        {
            sb.Append("        <dc:subject><rdf:Bag>");
            foreach (var k in info.Keywords) sb.Append("<rdf:li>").Append(Escape(k)).Append("</rdf:li>");
            sb.Append("</rdf:Bag></dc:subject>\n");
        }
        sb.Append("        <dc:date><rdf:Seq><rdf:li>").Append(info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
          .Append("</rdf:li></rdf:Seq></dc:date>\n      ");
        return sb.ToString();
    }

    /// <summary>
    /// The PDF/UA-1 identifier (ISO 14289-1 §5). pdfuaid is not one of the schemas PDF/A predefines, so PDF/A-2 also
    /// needs it described in a pdfaExtension schema (ISO 19005-2 §6.6.2.3.3).
    /// </summary>
    private const string UniversalAccessibility = """
      <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
          <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
          <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
          <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
          <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
          </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
      </rdf:Description>
      <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
        <pdfuaid:part>1</pdfuaid:part>
      </rdf:Description>

""";

    private static string RightsDescription(string license) =>
        "  <rdf:Description rdf:about=\"\" xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\">\n" +
        "        <xmpRights:WebStatement>" + Escape(license) + "</xmpRights:WebStatement>\n" +
        "      </rdf:Description>\n    ";

    private static string Escape(string s) => SecurityElement.Escape(s);

    [GeneratedRegex("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>")]
    private static partial Regex ModifyDate();

    [GeneratedRegex("/Metadata (\\d+) 0 R")]
    private static partial Regex MetadataRef();
}
