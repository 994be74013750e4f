using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp's XMP carries title, creator, description and keywords only. We add the Dublin Core properties a
/// catalogue needs: language, publisher (the organization), subject (keywords, one per item) and date. All are
/// in the predefined Dublin Core schema, so PDF/A needs no extension schema for them.
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
        if (!string.IsNullOrWhiteSpace(info.Organization))
            sb.Append("        <dc:publisher><rdf:Bag><rdf:li>").Append(Escape(info.Organization)).Append("</rdf:li></rdf:Bag></dc:publisher>\n");
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

    private static string Escape(string s) => SecurityElement.Escape(s);

    [GeneratedRegex("/Metadata (\\d+) 0 R")]
    private static partial Regex MetadataRef();
}
