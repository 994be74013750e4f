using System.Text;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Site;

namespace SiteGen.Epub;

/// <summary>Packs one report into EPUB bytes: mimetype first and stored, then the container and the book.</summary>
internal static class EpubWriter
{
    public const string MediaType = "application/epub+zip";
    private const string Root = "EPUB/";

    /// <param name="formats">The report's formats made so far: the print edition's pages become the page list.</param>
    public static byte[] Write(Report report, SiteSettings site, EpubImageCatalog images, IEnumerable<ReportFormat>? formats = null)
    {
        var print = PrintPages.From(formats ?? [], ReportIdentifier.BaseOf(site));
        var book = new EpubBook(report, MetadataRecord.Of(report, site), images, print);
        var text = EpubText.For(report.Metadata.Lang);
        var body = EpubBody.For(report, new Uri(ReportIdentifier.UrlOf(site, report.Slug)), images, print);
        var entries = new List<ZipItem>
        {
            new("mimetype", Encoding.ASCII.GetBytes(MediaType), Store: true),
            new("META-INF/container.xml", ContainerXml()),
            new(Root + PackageDocument.FileName, PackageDocument.Write(book, text)),
            new(Root + NavDocument.FileName, NavDocument.Write(report, body.Toc, text, body.Pages.Targets)),
            new(Root + ContentDocument.FileName, ContentDocument.Write(report, book.Record, body)),
            new(Root + EpubStylesheet.Href, EpubStylesheet.For(Html.HtmlLanguage.For(report.Metadata.Lang))),
        };
        entries.AddRange(images.Images.Select(i => new ZipItem(Root + i.Href, i.Content)));
        return DeterministicZip.Create(entries, report.Metadata.Date);
    }

    private static byte[] ContainerXml() => Encoding.UTF8.GetBytes(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """);
}
