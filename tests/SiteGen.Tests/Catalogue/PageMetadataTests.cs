using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Tests.Html;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Catalogue;

/// <summary>The record on the page (meta, JSON-LD, revisions), on the home page, in the feed and the sitemap.</summary>
public sealed class PageMetadataTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static ReportMetadata Corrected(string lang = "zh-CN") => Metadata(lang) with
    {
        Author = "某某",
        Revisions = [new Revision(new DateOnly(2021, 3, 1), "更正第二部分一处数字"), new Revision(new DateOnly(2021, 4, 2), "更正表2合计")],
    };

    [Fact]
    public void The_page_shows_each_revision_newest_first_with_the_label_of_its_language()
    {
        var zh = Page(With(Corrected(), []));
        var en = Page(With(Corrected("en") with { Revisions = [new Revision(new DateOnly(2021, 3, 1), "Corrected a figure in part 2")] }, []));

        Assert.Equal(["修订于2021年4月2日：更正表2合计", "修订于2021年3月1日：更正第二部分一处数字"], Revisions(zh));
        Assert.Equal(["2021-04-02", "2021-03-01"], zh.Descendants("ul").Single(IsRevisions).Descendants("time").Select(t => (string?)t.Attribute("datetime")));
        Assert.Equal(["Revised 1 March 2021: Corrected a figure in part 2"], Revisions(en));
        Assert.Empty(Revisions(Page(With(Metadata(), []))));
    }

    [Fact]
    public void Json_ld_names_the_issuing_body_as_author_the_reporter_as_contributor_and_the_site_as_publisher()
    {
        // Issue #11: the organization was the publisher on the page and in JSON-LD but the site's publisher in the
        // EPUB and dc.xml, and the reporter was a creator.
        var page = Page(With(Corrected(), []));
        using var json = JsonLd(page);
        var root = json.RootElement;

        Assert.Equal("Report", root.GetProperty("@type").GetString());
        Assert.Equal("测试委员会", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Organization", root.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal(["某某"], root.GetProperty("contributor").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("测试出版方", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("2021-02-22", root.GetProperty("datePublished").GetString());
        Assert.Equal("2021-04-02", root.GetProperty("dateModified").GetString());
        Assert.Equal(["更正第二部分一处数字", "更正表2合计"], root.GetProperty("correction").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.StartsWith("urn:uuid:", root.GetProperty("@id").GetString());
        Assert.Equal("https://example.org/archive/", root.GetProperty("isPartOf").GetProperty("@id").GetString());
        var meta = Meta(page);
        Assert.Equal(["测试委员会"], meta["DC.creator"]);
        Assert.Equal(["某某"], meta["DC.contributor"]);
        Assert.Equal(["测试出版方"], meta["DC.publisher"]);
        Assert.Equal(["2021-04-02"], meta["DCTERMS.modified"]);
    }

    [Fact]
    public void Keywords_stay_separate_values_in_every_page_format()
    {
        // Issue #11: keywords were joined by full-width commas into one value no catalogue can split.
        var page = Page(With(Metadata() with { Keywords = ["政协", "工作报告", "2021年"] }, []));
        var meta = Meta(page);
        using var json = JsonLd(page);

        Assert.Equal(["政协", "工作报告", "2021年"], meta["keywords"].Single().Split(',').Select(k => k.Trim()));
        Assert.Equal(["政协", "工作报告", "2021年"], meta["DC.subject"]);
        Assert.Equal(["政协", "工作报告", "2021年"], json.RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void The_reports_rights_win_over_the_sites_and_reach_meta_and_json_ld()
    {
        using var steps = new HtmlSteps();
        var state = HtmlSteps.State(
            With(Metadata(slug: "own") with { Rights = "本报告自有声明", License = "https://creativecommons.org/licenses/by/4.0/" }, []),
            With(Metadata(slug: "site", year: 2020), []));
        state = state with { Site = state.Site with { Rights = "© 测试出版方", License = "https://example.org/licence" } };
        state = steps.Run(state);

        var own = XDocument.Parse(HtmlSteps.Text(state, "own/index.html")).Root!;
        var inherited = XDocument.Parse(HtmlSteps.Text(state, "site/index.html")).Root!;
        Assert.Equal(["本报告自有声明"], Meta(own)["DC.rights"]);
        Assert.Equal(["https://creativecommons.org/licenses/by/4.0/"], Meta(own)["DCTERMS.license"]);
        Assert.Equal(["© 测试出版方"], Meta(inherited)["DC.rights"]);
        using var json = JsonLd(own);
        Assert.Equal("本报告自有声明", json.RootElement.GetProperty("copyrightNotice").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.RootElement.GetProperty("license").GetString());
        using var inheritedJson = JsonLd(inherited);
        Assert.Equal("https://example.org/licence", inheritedJson.RootElement.GetProperty("license").GetString());
    }

    [Fact]
    public void Disclosure_fields_reach_meta_and_json_ld()
    {
        var page = Page(With(Metadata() with
        {
            Disclosure = new Disclosure
            {
                IndexNumber = "113416/2021-00012",
                IssuingAgency = "测试委员会办公室",
                DocumentNumber = "测政〔2021〕3号",
                SubjectCategory = "综合政务",
                WrittenDate = new DateOnly(2021, 2, 20),
                ReleaseDate = new DateOnly(2021, 2, 23),
            },
        }, []));
        var meta = Meta(page);
        using var json = JsonLd(page);
        var root = json.RootElement;

        Assert.Equal(["113416/2021-00012"], meta["disclosure:index_number"]);
        Assert.Equal(["测试委员会办公室"], meta["disclosure:issuing_agency"]);
        Assert.Equal(["测政〔2021〕3号"], meta["disclosure:document_number"]);
        Assert.Equal(["综合政务"], meta["disclosure:subject_category"]);
        Assert.Equal(["2021-02-20"], meta["disclosure:written_date"]);
        Assert.Equal(["2021-02-23"], meta["disclosure:release_date"]);
        var ids = root.GetProperty("identifier").EnumerateArray().ToList();
        Assert.StartsWith("urn:uuid:", ids[0].GetString());
        Assert.Equal([("索引号", "113416/2021-00012"), ("文号", "测政〔2021〕3号")],
            ids.Skip(1).Select(i => (i.GetProperty("propertyID").GetString(), i.GetProperty("value").GetString())));
        Assert.Equal("综合政务", root.GetProperty("genre").GetString());
        Assert.Equal("2021-02-20", root.GetProperty("dateCreated").GetString());
        Assert.Equal("2021-02-23", root.GetProperty("publication").GetProperty("startDate").GetString());
        Assert.Equal("测试委员会办公室", root.GetProperty("publication").GetProperty("publishedBy").GetProperty("name").GetString());
    }

    [Fact]
    public void The_home_page_json_ld_lists_the_collection_newest_first()
    {
        using var steps = new HtmlSteps();
        var state = steps.Run(HtmlSteps.State(With(Metadata(slug: "r-2019", year: 2019), []), With(Corrected() with { Slug = "r-2021" }, [])));
        var home = XDocument.Parse(HtmlSteps.Text(state, "index.html")).Root!;
        using var json = JsonLd(home);
        var root = json.RootElement;

        Assert.Equal("Collection", root.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/archive/", root.GetProperty("url").GetString());
        Assert.Equal("报告档案", root.GetProperty("name").GetString());
        Assert.Equal("测试出版方", root.GetProperty("publisher").GetProperty("name").GetString());
        var parts = root.GetProperty("hasPart").EnumerateArray().ToList();
        Assert.Equal(["https://example.org/archive/r-2021/", "https://example.org/archive/r-2019/"], parts.Select(p => p.GetProperty("url").GetString()));
        Assert.Equal("2021-04-02", parts[0].GetProperty("dateModified").GetString());
        Assert.All(parts, p => Assert.Equal("测试委员会", p.GetProperty("author").GetProperty("name").GetString()));
    }

    [Fact]
    public void Feed_updated_and_sitemap_lastmod_follow_the_latest_revision()
    {
        // Issue #11: after a correction feed.xml and sitemap.xml came out byte-identical.
        using var steps = new HtmlSteps();
        var before = steps.Run(HtmlSteps.State(With(Metadata(slug: "r-2021"), []), With(Metadata(slug: "r-2020", year: 2020), [])));
        using var again = new HtmlSteps();
        var after = again.Run(HtmlSteps.State(With(Corrected() with { Slug = "r-2021" }, []), With(Metadata(slug: "r-2020", year: 2020), [])));

        var feed = XDocument.Parse(HtmlSteps.Text(after, "feed.xml")).Root!;
        Assert.Equal("2021-04-02T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entry = feed.Elements(Atom + "entry").First();
        Assert.Equal("2021-02-22T00:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2021-04-02T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("2020-02-22T00:00:00Z", feed.Elements(Atom + "entry").Last().Element(Atom + "updated")!.Value);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var lastmod = XDocument.Parse(HtmlSteps.Text(after, "sitemap.xml")).Root!.Elements(sm + "url")
            .ToDictionary(u => u.Element(sm + "loc")!.Value, u => u.Element(sm + "lastmod")!.Value);
        Assert.Equal("2021-04-02", lastmod["https://example.org/archive/"]);
        Assert.Equal("2021-04-02", lastmod["https://example.org/archive/r-2021/"]);
        Assert.Equal("2020-02-22", lastmod["https://example.org/archive/r-2020/"]);
        Assert.NotEqual(HtmlSteps.Text(before, "feed.xml"), HtmlSteps.Text(after, "feed.xml"));
        Assert.NotEqual(HtmlSteps.Text(before, "sitemap.xml"), HtmlSteps.Text(after, "sitemap.xml"));
    }

    [Fact]
    public void Feed_entries_carry_an_enclosure_for_each_download_with_its_length_and_type()
    {
        using var steps = new HtmlSteps();
        var state = HtmlSteps.State(With(Metadata(slug: "r-2021"), []))
            .WithFormat("r-2021", new ReportFormat(FormatKinds.ScreenPdf, "PDF", "r-2021/r-2021.pdf", "application/pdf", 123456, 12))
            .WithFormat("r-2021", new ReportFormat(FormatKinds.PrintPdf, "印刷版 PDF", "r-2021/r-2021-print.pdf", "application/pdf", 234567, 14))
            .WithFormat("r-2021", new ReportFormat(FormatKinds.Epub, "EPUB 电子书", "r-2021/r-2021.epub", "application/epub+zip", 34567))
            .WithFormat("r-2021", new ReportFormat(FormatKinds.Bundle, "归档包（BagIt）", "archive/r-2021.zip", "application/zip", 456789));
        var feed = XDocument.Parse(HtmlSteps.Text(steps.Run(state), "feed.xml")).Root!;

        var enclosures = feed.Element(Atom + "entry")!.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "enclosure")
            .Select(l => ((string?)l.Attribute("href"), (string?)l.Attribute("type"), (string?)l.Attribute("length"))).ToList();
        Assert.Equal(
        [
            ("https://example.org/archive/r-2021/r-2021.pdf", "application/pdf", "123456"),
            ("https://example.org/archive/r-2021/r-2021-print.pdf", "application/pdf", "234567"),
            ("https://example.org/archive/r-2021/r-2021.epub", "application/epub+zip", "34567"),
            ("https://example.org/archive/archive/r-2021.zip", "application/zip", "456789"),
        ], enclosures);
    }

    private static XElement Page(Report report)
    {
        using var steps = new HtmlSteps();
        return XDocument.Parse(HtmlSteps.Text(steps.Run(HtmlSteps.State(report)), report.Slug + "/index.html")).Root!;
    }

    private static bool IsRevisions(XElement e) => (string?)e.Attribute("class") == "revisions";

    private static List<string> Revisions(XElement page) =>
        page.Descendants("ul").Where(IsRevisions).SelectMany(u => u.Elements("li")).Select(li => li.Value).ToList();

    private static Dictionary<string, List<string>> Meta(XElement page) =>
        page.Descendants("meta").Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.Select(m => (string)m.Attribute("content")!).ToList());

    private static JsonDocument JsonLd(XElement page) =>
        JsonDocument.Parse(page.Descendants("script").Single(s => (string?)s.Attribute("type") == "application/ld+json").Value);
}
