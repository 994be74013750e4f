using System.Xml;
using System.Xml.Schema;

namespace SiteGen.TestSchemas;

/// <summary>
/// Validates a dc.xml against the oai_dc and simple Dublin Core schemas kept beside the tests (tests/Schemas),
/// offline: the instance's xsi:schemaLocation is not followed.
/// </summary>
internal static class OaiDcSchema
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(Namespace, Path.Combine(AppContext.BaseDirectory, "Schemas", "oai_dc.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Every validation error and warning, each with its line; empty when the record is valid.</summary>
    public static IReadOnlyList<string> Problems(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var root = true;
        while (reader.Read())
        {
            if (root && reader.NodeType == XmlNodeType.Element)
            {
                root = false;
                if (reader.LocalName != "dc" || reader.NamespaceURI != Namespace)
                {
                    problems.Add($"the root is {{{reader.NamespaceURI}}}{reader.LocalName}, not oai_dc:dc");
                }
            }
        }

        return problems;
    }
}
