using System.IO.Compression;
using System.Xml.Linq;
using SiteGen.Epub;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Epub;

/// <summary>Builds the sample report's EPUB through the real step and opens its parts.</summary>
internal sealed class EpubFixture
{
    /// <param name="made">Formats already made for the report (e.g. the print edition with its page map).</param>
    public EpubFixture(Report? report = null, params ReportFormat[] made)
    {
        var input = SampleReport.CreateInputFolder();
        var before = TestBuild.State(report ?? SampleReport.Create());
        foreach (var format in made)
        {
            before = before.WithFormat(SampleReport.Slug, format);
        }

        var state = new WriteEpub().Run(before, TestBuild.Context(input));
        Path = $"{SampleReport.Slug}/{SampleReport.Slug}.epub";
        Bytes = state.Files[Path].ReadAllBytes();
        Format = state.FormatsOf(SampleReport.Slug).Single(f => f.Kind == FormatKinds.Epub);
    }

    public string Path { get; }
    public byte[] Bytes { get; }
    public ReportFormat Format { get; }

    public XNamespace Opf => "http://www.idpf.org/2007/opf";
    public XNamespace Dc => "http://purl.org/dc/elements/1.1/";
    public XNamespace X => "http://www.w3.org/1999/xhtml";

    public XDocument Part(string name) => XDocument.Parse(Text(name));

    public string Text(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"no {name} in the EPUB");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>Metadata values of a property (meta) or a dc: element, in document order.</summary>
    public IReadOnlyList<string> Meta(string property)
    {
        var metadata = Part("EPUB/package.opf").Root!.Element(Opf + "metadata")!;
        return property.StartsWith("dc:", StringComparison.Ordinal)
            ? metadata.Elements(Dc + property[3..]).Select(e => e.Value).ToList()
            : metadata.Elements(Opf + "meta").Where(e => (string?)e.Attribute("property") == property).Select(e => e.Value).ToList();
    }
}
