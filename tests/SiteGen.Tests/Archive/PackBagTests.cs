using SiteGen.Archive;
using SiteGen.Output;

namespace SiteGen.Tests.Archive;

public sealed class PackBagTests
{
    private readonly BagFixture _bag = new();

    [Fact]
    public void Bag_is_one_folder_with_the_tag_files_first()
    {
        var names = _bag.Entries().Keys.ToList();
        Assert.All(names, n => Assert.StartsWith("cppcc-2021/", n));
        Assert.Equal(
            ["cppcc-2021/bagit.txt", "cppcc-2021/bag-info.txt", "cppcc-2021/manifest-sha256.txt", "cppcc-2021/tagmanifest-sha256.txt"],
            names.Take(4));
        Assert.Equal("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", _bag.EntryText("cppcc-2021/bagit.txt"));
    }

    [Fact]
    public void Payload_holds_source_images_page_assets_editions_and_metadata_but_nothing_else()
    {
        var payload = _bag.Entries().Keys.Where(n => n.StartsWith("cppcc-2021/data/", StringComparison.Ordinal))
            .Select(n => n["cppcc-2021/".Length..]).ToList();
        Assert.Equal(
        [
            "data/metadata/dc.xml",
            "data/site/assets/fonts/serif.woff2",
            "data/site/assets/site.css",
            "data/site/cppcc-2021/cppcc-2021.epub",
            "data/site/cppcc-2021/cppcc-2021.pdf",
            "data/site/cppcc-2021/images/meeting.png",
            "data/site/cppcc-2021/index.html",
            "data/source/cppcc-2021/images/meeting.png",
            "data/source/cppcc-2021/report.md",
        ], payload);
    }

    [Fact]
    public void Bag_info_takes_its_date_and_identity_from_the_report()
    {
        var info = _bag.EntryText("cppcc-2021/bag-info.txt");
        // The bag is handed over by the site's publisher; the issuing body is its creator.
        Assert.Contains("Source-Organization: 亳州市政协\n", info);
        Assert.Contains("Creator: 政协亳州市委员会\n", info);
        Assert.Contains("Contributor: 汤涌\n", info);
        Assert.Contains("Bagging-Date: 2021-02-22\n", info);
        Assert.Contains("Bag-Software-Agent: SiteGen\n", info);
        Assert.Matches(@"External-Identifier: urn:uuid:[0-9a-f-]{36}\n", info);
        var payload = _bag.Entries().Where(e => e.Key.StartsWith("cppcc-2021/data/", StringComparison.Ordinal)).ToList();
        Assert.Contains($"Payload-Oxum: {payload.Sum(p => p.Value.LongLength)}.{payload.Count}\n", info);
    }

    [Fact]
    public void Manifest_lists_every_payload_file_with_its_sha256()
    {
        var entries = _bag.Entries();
        var lines = _bag.EntryText("cppcc-2021/manifest-sha256.txt").TrimEnd('\n').Split('\n');
        Assert.Equal(entries.Keys.Count(k => k.Contains("/data/")), lines.Length);
        foreach (var line in lines)
        {
            var (hash, path) = (line[..64], line[66..]);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(entries["cppcc-2021/" + path])), hash);
        }

        var tags = _bag.EntryText("cppcc-2021/tagmanifest-sha256.txt");
        Assert.Contains("  bagit.txt\n", tags);
        Assert.Contains("  bag-info.txt\n", tags);
        Assert.Contains("  manifest-sha256.txt\n", tags);
    }

    [Fact]
    public void Dublin_core_record_describes_the_report_and_its_formats()
    {
        var dc = _bag.EntryText("cppcc-2021/data/metadata/dc.xml");
        Assert.Contains("<dc:title>市政协常委会工作报告（摘要）</dc:title>", dc);
        Assert.Contains("<dc:creator>政协亳州市委员会</dc:creator>", dc);
        Assert.Contains("<dc:publisher>亳州市政协</dc:publisher>", dc);
        Assert.Contains("<dc:date>2021-02-22</dc:date>", dc);
        Assert.Contains("<dc:language>zh-CN</dc:language>", dc);
        Assert.Contains("<dc:identifier>urn:uuid:", dc);
        Assert.Contains("<dc:description>", dc);
        Assert.Contains("<dc:format>application/epub+zip</dc:format>", dc);
        Assert.Contains("<dc:format>application/pdf</dc:format>", dc);
        Assert.Contains("<dc:relation>https://example.org/reports/cppcc-2021/cppcc-2021.pdf</dc:relation>", dc);
    }

    [Fact]
    public void The_step_lists_the_bag_as_the_bundle_format()
    {
        var bundle = _bag.State.FormatsOf("cppcc-2021").Single(f => f.Kind == FormatKinds.Bundle);
        Assert.Equal(BagFixture.BagPath, bundle.Path);
        Assert.Equal(_bag.Bytes.LongLength, bundle.Size);
    }

    [Fact]
    public void Two_runs_give_byte_identical_zips() => Assert.Equal(_bag.Bytes, new BagFixture().Bytes);

    [Fact]
    public void Packing_again_over_its_own_output_gives_the_same_bag()
    {
        var again = new PackBag().Run(_bag.State, _bag.Context);
        Assert.Equal(_bag.Bytes, again.Files[BagFixture.BagPath].ReadAllBytes());
    }

    [Fact]
    public void A_fresh_bag_passes_verification()
    {
        var result = BagVerifier.Verify(new MemoryStream(_bag.Bytes), "fresh.zip");
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.Equal(9, result.PayloadFiles);
    }

    [Fact]
    public void Zip_entries_have_a_fixed_timestamp()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(_bag.Bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2021, 2, 22), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Manifest_paths_escape_percent_and_line_breaks() =>
        Assert.Equal("data/a%25b%0Ac", BagPaths.Encode("data/a%b\nc"));
}
