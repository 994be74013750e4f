using System.Buffers.Binary;
using System.Text;
using SiteGen.Output;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Epub;

public sealed class EpubPackageTests
{
    private readonly EpubFixture _epub = new();

    [Fact]
    public void Mimetype_is_the_first_entry_and_stored_uncompressed()
    {
        Assert.Equal("mimetype", _epub.EntryNames()[0]);
        Assert.Equal(0x04034B50u, BinaryPrimitives.ReadUInt32LittleEndian(_epub.Bytes));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(_epub.Bytes.AsSpan(8)));
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(_epub.Bytes, 30, 28));
    }

    [Fact]
    public void Identifier_is_a_name_based_uuid_of_the_report_url()
    {
        var id = Assert.Single(_epub.Meta("dc:identifier"));
        Assert.Equal(ReportIdentifier.UrnOf(TestBuild.State().Site, SampleReport.Slug), id);
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/cppcc-2021/")
        Assert.Equal("44cf24e5-7ac2-5c09-bd3a-a76cb3ea6dc3", ReportIdentifier.NameBasedUuid("https://example.org/cppcc-2021/"));
    }

    [Fact]
    public void Package_metadata_comes_from_the_report_and_the_site()
    {
        Assert.Equal(["市政协常委会工作报告（摘要）"], _epub.Meta("dc:title"));
        Assert.Equal(["zh-CN"], _epub.Meta("dc:language"));
        // The issuing body made the report; the reporter contributed it (issue #11: the reporter was a creator).
        Assert.Equal(["政协亳州市委员会"], _epub.Meta("dc:creator"));
        Assert.Equal(["汤涌"], _epub.Meta("dc:contributor"));
        Assert.Equal(["亳州市政协"], _epub.Meta("dc:publisher"));
        Assert.Equal(["2021-02-22"], _epub.Meta("dc:date"));
        Assert.Equal(["2021-02-22T00:00:00Z"], _epub.Meta("dcterms:modified"));
    }

    [Fact]
    public void Accessibility_metadata_declares_visual_content_with_alt_text()
    {
        Assert.Equal(["textual", "visual"], _epub.Meta("schema:accessMode"));
        Assert.Equal(["textual", "textual,visual"], _epub.Meta("schema:accessModeSufficient"));
        Assert.Contains("alternativeText", _epub.Meta("schema:accessibilityFeature"));
        Assert.Contains("tableOfContents", _epub.Meta("schema:accessibilityFeature"));
        Assert.Contains("structuralNavigation", _epub.Meta("schema:accessibilityFeature"));
        Assert.Equal(["none"], _epub.Meta("schema:accessibilityHazard"));
        Assert.Contains("替代文字", Assert.Single(_epub.Meta("schema:accessibilitySummary")));
        Assert.Equal(["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"], _epub.Meta("dcterms:conformsTo"));
    }

    [Fact]
    public void Images_without_alt_text_withdraw_the_conformance_claim()
    {
        var epub = new EpubFixture(SampleReport.Create(imageAlt: ""));
        Assert.Empty(epub.Meta("dcterms:conformsTo"));
        Assert.DoesNotContain("alternativeText", epub.Meta("schema:accessibilityFeature"));
        Assert.Equal(["textual,visual"], epub.Meta("schema:accessModeSufficient"));
    }

    [Fact]
    public void The_image_is_packed_and_listed_in_the_manifest()
    {
        Assert.Contains("EPUB/images/image-001.png", _epub.EntryNames());
        var items = _epub.Part("EPUB/package.opf").Descendants(_epub.Opf + "item")
            .ToDictionary(i => (string)i.Attribute("href")!, i => (string)i.Attribute("media-type")!);
        Assert.Equal("image/png", items["images/image-001.png"]);
    }

    [Fact]
    public void The_step_lists_the_epub_as_a_format_with_its_size()
    {
        Assert.Equal(FormatKinds.Epub, _epub.Format.Kind);
        Assert.Equal(_epub.Path, _epub.Format.Path);
        Assert.Equal(_epub.Bytes.LongLength, _epub.Format.Size);
        Assert.Equal("application/epub+zip", _epub.Format.MediaType);
    }

    [Fact]
    public void Two_builds_give_the_same_bytes() => Assert.Equal(_epub.Bytes, new EpubFixture().Bytes);
}
