using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiteGen.TestSchemas;

namespace SiteGen.EndToEnd.Html;

/// <summary>The real input's metadata as published: every dc.xml, JSON-LD block and feed enclosure of the build.</summary>
public sealed class RealInputMetadata(RealInputSite site) : PublishedMetadataChecks(site), IClassFixture<RealInputSite>;

/// <summary>The rich sample's: revisions, rights, a licence and every disclosure field.</summary>
public sealed class RichSampleMetadata(RichSampleSite site) : PublishedMetadataChecks(site), IClassFixture<RichSampleSite>
{
    [Fact]
    public void Revisions_rights_and_disclosure_fields_reach_every_format_that_carries_them()
    {
        var page = site.Read("rich-2020/index.html");
        Assert.Contains("<time datetime=\"2020-05-08\">修订于2020年5月8日</time>：更正第一部分表中一处数字", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"disclosure:document_number\" content=\"示政〔2020〕1号\" />", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"DC.rights\" content=\"© 2020 示例委员会\" />", page, StringComparison.Ordinal);

        // The bag is named by the report's version (one more than its revisions): whichever that is, there is one.
        var bag = Entries(Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "archive"), "rich-2020-v*.zip")));
        var root = bag.Keys.Single(k => k.EndsWith("/bag-info.txt", StringComparison.Ordinal))[..^"bag-info.txt".Length];
        Assert.Contains("Bagging-Date: 2020-05-08\n", bag[root + "bag-info.txt"]);
        Assert.Contains("License: https://creativecommons.org/licenses/by/4.0/\n", bag[root + "bag-info.txt"]);
        Assert.Contains("<dc:identifier>113416/2020-00001</dc:identifier>", bag[root + "data/metadata/dc.xml"]);
        var opf = Entries(Path.Combine(site.Root, "rich-2020", "rich-2020.epub"))["EPUB/package.opf"];
        Assert.Contains("<meta property=\"dcterms:modified\">2020-05-08T00:00:00Z</meta>", opf);
        Assert.Contains("<dc:rights>© 2020 示例委员会</dc:rights>", opf);
        Assert.Contains("<dc:creator>示例委员会</dc:creator>", opf);
        Assert.Contains("<dc:contributor>张三</dc:contributor>", opf);

        var feed = XDocument.Load(Path.Combine(site.Root, "feed.xml")).Root!;
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("/rich-2020/", StringComparison.Ordinal));
        Assert.Equal("2020-05-08T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Matches(@"<lastmod>2020-05-08</lastmod>", File.ReadAllText(Path.Combine(site.Root, "sitemap.xml")));
    }
}

public abstract partial class PublishedMetadataChecks(BuiltSite site)
{
    protected static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Every_bags_dc_xml_validates_against_the_oai_dc_schemas()
    {
        var bags = Directory.GetFiles(Path.Combine(site.Root, "archive"), "*.zip");
        Assert.NotEmpty(bags);
        foreach (var bag in bags)
        {
            using var zip = ZipFile.OpenRead(bag);
            var dc = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/data/metadata/dc.xml", StringComparison.Ordinal));
            using var stream = dc.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.True(OaiDcSchema.Problems(bytes.ToArray()) is { Count: 0 }, $"{bag}: {string.Join("\n", OaiDcSchema.Problems(bytes.ToArray()))}");
        }
    }

    [Fact]
    public void Every_pages_json_ld_is_json_whose_values_match_the_page()
    {
        foreach (var path in site.HtmlPages.Where(p => p.EndsWith("/index.html", StringComparison.Ordinal) || p == "index.html"))
        {
            var html = site.Read(path);
            var block = JsonLdBlock().Match(html);
            Assert.True(block.Success, $"{path} has no JSON-LD");
            using var json = JsonDocument.Parse(block.Groups[1].Value);
            var canonical = Regex.Match(html, "<link rel=\"canonical\" href=\"([^\"]+)\"").Groups[1].Value;
            Assert.Equal(canonical, json.RootElement.GetProperty("url").GetString());
            if (path == "index.html")
            {
                Assert.Equal("Collection", json.RootElement.GetProperty("@type").GetString());
                Assert.NotEmpty(json.RootElement.GetProperty("hasPart").EnumerateArray());
            }
            else
            {
                Assert.Equal("Report", json.RootElement.GetProperty("@type").GetString());
                Assert.Equal(Regex.Match(html, "<meta name=\"DC.creator\" content=\"([^\"]+)\"").Groups[1].Value,
                    json.RootElement.GetProperty("author").GetProperty("name").GetString());
            }
        }
    }

    [Fact]
    public void Feed_enclosures_are_every_download_with_its_true_length_and_type()
    {
        var feed = XDocument.Load(Path.Combine(site.Root, "feed.xml")).Root!;
        var baseUrl = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var enclosures = entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "enclosure").ToList();
            Assert.Contains(enclosures, e => (string?)e.Attribute("type") == "application/pdf");
            Assert.Contains(enclosures, e => (string?)e.Attribute("type") == "application/epub+zip");
            Assert.Contains(enclosures, e => (string?)e.Attribute("type") == "application/zip");
            foreach (var enclosure in enclosures)
            {
                var href = enclosure.Attribute("href")!.Value;
                Assert.StartsWith(baseUrl, href, StringComparison.Ordinal);
                var file = new FileInfo(Path.Combine(site.Root, Uri.UnescapeDataString(href[baseUrl.Length..])));
                Assert.True(file.Exists, href);
                Assert.Equal(file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Attribute("length")!.Value);
            }
        }
    }

    protected static Dictionary<string, string> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">\\s*(.*?)\\s*</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
