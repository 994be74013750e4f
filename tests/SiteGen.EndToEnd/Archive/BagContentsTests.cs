using System.IO.Compression;
using System.Text.Json;

namespace SiteGen.EndToEnd.Archive;

/// <summary>What a real build's bag holds: everything published for the report, and nothing of the rest of the site.</summary>
public sealed class BagContentsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Each_bag_holds_the_source_the_page_with_its_stylesheet_every_edition_and_the_metadata()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "manifest.json")));
        foreach (var report in manifest.RootElement.GetProperty("reports").EnumerateArray())
        {
            var slug = report.GetProperty("slug").GetString()!;
            var bag = Path.Combine(site.Output, "archive", slug + "-v1.zip");
            using var zip = ZipFile.OpenRead(bag);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains($"{slug}/data/metadata/dc.xml", names);
            Assert.Contains($"{slug}/data/site/assets/site.css", names);
            Assert.Contains(names, n => n.StartsWith($"{slug}/data/source/", StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal));
            foreach (var format in report.GetProperty("formats").EnumerateArray().Where(f => f.GetProperty("kind").GetString() != "bundle"))
            {
                Assert.Contains($"{slug}/data/site/{format.GetProperty("path").GetString()}", names);
            }

            Assert.DoesNotContain($"{slug}/data/site/index.html", names);
            Assert.DoesNotContain($"{slug}/data/site/feed.xml", names);
            Assert.DoesNotContain(names, n => n.Contains("/data/site/archive/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_top_level_folder_is_a_reports_slug_or_one_the_reserved_slugs_name()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "manifest.json")));
        var slugs = manifest.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToHashSet();
        var siteFolders = Directory.GetDirectories(site.Output).Select(Path.GetFileName).Where(n => !slugs.Contains(n!)).ToList();
        Assert.NotEmpty(siteFolders);
        Assert.All(siteFolders, f => Assert.Contains(f!, SiteGen.Model.ReservedSlugs.Names));
    }

    [Fact]
    public void Every_published_file_in_a_bag_is_byte_identical_to_the_file_on_the_site_and_the_page_links_the_bag()
    {
        // Issue 9: the page used to be rendered twice, so the bag held a page without the bag's own link.
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "manifest.json")));
        var hashes = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
        foreach (var bag in site.Bags)
        {
            var slug = System.Text.RegularExpressions.Regex.Replace(Path.GetFileNameWithoutExtension(bag), "-v[0-9]+$", "");
            using var zip = ZipFile.OpenRead(bag);
            var prefix = $"{slug}/data/site/";
            var carried = zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.Contains(carried, e => e.FullName == $"{prefix}{slug}/index.html");
            foreach (var entry in carried)
            {
                var path = entry.FullName[prefix.Length..];
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, path)), copy.ToArray());
                Assert.Equal(hashes[path], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy.ToArray())));
            }

            var page = File.ReadAllText(Path.Combine(site.Output, slug, "index.html"));
            Assert.Contains($"href=\"../archive/{Path.GetFileName(bag)}\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Manifest_lists_every_file_written_except_itself_with_its_size()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("size").GetInt64());
        var written = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f is not "manifest.json" and not ".gitkeep" and not ".sitegen-output")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(written, listed.Keys.Order(StringComparer.Ordinal));
        Assert.All(written, f => Assert.Equal(new FileInfo(Path.Combine(site.Output, f)).Length, listed[f]));
    }
}
