using System.Text;
using System.Xml.Linq;
using SiteGen.Model;
using SiteGen.TestSchemas;
using SiteGen.Tests.Archive;
using SiteGen.Tests.Epub;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Catalogue;

/// <summary>The record in the bag (dc.xml as OAI-DC, bag-info.txt) and the EPUB's package document.</summary>
public sealed class ArchiveMetadataTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static Report CorrectedSample() => SampleReport.Create() with
    {
        Metadata = SampleReport.Create().Metadata with
        {
            Revisions = [new Revision(new DateOnly(2021, 3, 1), "更正第二部分一处数字")],
            Rights = "© 2021 政协亳州市委员会",
            License = "https://creativecommons.org/licenses/by/4.0/",
            Disclosure = new Disclosure { IndexNumber = "113416/2021-00012", DocumentNumber = "亳政协〔2021〕3号", WrittenDate = new DateOnly(2021, 2, 20) },
        },
    };

    [Fact]
    public void Dc_xml_is_an_oai_dc_record_that_validates_against_its_published_schemas()
    {
        var plain = new BagFixture().Entries()["cppcc-2021/data/metadata/dc.xml"];
        var full = new BagFixture(CorrectedSample()).Entries()["cppcc-2021/data/metadata/dc.xml"];

        Assert.Empty(OaiDcSchema.Problems(plain));
        Assert.Empty(OaiDcSchema.Problems(full));
        Assert.Equal(OaiDcSchema.Namespace, XDocument.Parse(Encoding.UTF8.GetString(full)).Root!.Name.NamespaceName);
    }

    [Theory]
    [InlineData("""<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>t</dc:title><dcterms:hasFormat>x.pdf</dcterms:hasFormat></oai_dc:dc>""")]
    [InlineData("""<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>t<dc:creator>c</dc:creator></dc:title></oai_dc:dc>""")]
    [InlineData("""<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>t</dc:title></metadata>""")]
    public void The_schemas_refuse_what_oai_dc_does_not_allow(string xml)
    {
        // What dc.xml used to be (a bare <metadata> root, dcterms:hasFormat) must fail, or the test above proves nothing.
        Assert.NotEmpty(OaiDcSchema.Problems(Encoding.UTF8.GetBytes(xml)));
    }

    [Fact]
    public void Dc_xml_carries_the_record_with_each_keyword_and_identifier_its_own_element()
    {
        var dc = XDocument.Parse(new BagFixture(CorrectedSample()).EntryText("cppcc-2021/data/metadata/dc.xml")).Root!;
        List<string> Values(string name) => dc.Elements(Dc + name).Select(e => e.Value).ToList();

        Assert.Equal(["政协亳州市委员会"], Values("creator"));
        Assert.Equal(["汤涌"], Values("contributor"));
        Assert.Equal(["亳州市政协"], Values("publisher"));
        Assert.Equal(["2021-02-22", "2021-03-01", "2021-02-20"], Values("date"));
        Assert.Equal(["政协", "工作报告"], Values("subject"));
        Assert.Equal(["© 2021 政协亳州市委员会", "https://creativecommons.org/licenses/by/4.0/"], Values("rights"));
        Assert.Contains("113416/2021-00012", Values("identifier"));
        Assert.Contains("亳政协〔2021〕3号", Values("identifier"));
        Assert.StartsWith("urn:uuid:", Values("identifier")[0]);
        Assert.Contains("https://example.org/reports/", Values("relation"));
    }

    [Fact]
    public void Bag_info_follows_the_latest_revision_and_carries_the_rights()
    {
        var info = new BagFixture(CorrectedSample()).EntryText("cppcc-2021/bag-info.txt");

        Assert.Contains("Bagging-Date: 2021-03-01\n", info);
        Assert.Contains("Date-Issued: 2021-02-22\n", info);
        Assert.Contains("Date-Modified: 2021-03-01\n", info);
        Assert.Contains("Revision: 2021-03-01 更正第二部分一处数字\n", info);
        Assert.Contains("Rights: © 2021 政协亳州市委员会\n", info);
        Assert.Contains("License: https://creativecommons.org/licenses/by/4.0/\n", info);
        Assert.Contains("Subject: 政协\nSubject: 工作报告\n", info);
    }

    [Fact]
    public void The_epub_is_modified_on_the_latest_revision_and_states_the_rights()
    {
        var epub = new EpubFixture(CorrectedSample());

        Assert.Equal(["2021-03-01T00:00:00Z"], epub.Meta("dcterms:modified"));
        Assert.Equal(["2021-02-22"], epub.Meta("dc:date"));
        Assert.Equal(["© 2021 政协亳州市委员会"], epub.Meta("dc:rights"));
        Assert.Equal(["https://creativecommons.org/licenses/by/4.0/"], epub.Meta("dcterms:license"));
        Assert.Equal(["政协", "工作报告"], epub.Meta("dc:subject"));
    }
}
