using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using SiteGen.EndToEnd.Cli;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// Issue 11, "done when": a portal ingests what SiteGen publishes without any of SiteGen's code. It reads
/// feed.xml with XmlReader and manifest.json with System.Text.Json, hashes the bags itself, and over a build, a
/// correction (one revision) and a second build, finds the correction in the feed and both versions of the
/// report's bag, each with the SHA-256 the manifest says; the first version's bag is the very file it took before.
/// The only SiteGen this test touches is the `sitegen` command, run as a process.
/// </summary>
public sealed class PortalIngestTests : IDisposable
{
    private const string Slug = "cppcc-2021";
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Original = "---\ntitle: 2021年工作报告\ndate: 2021-02-22\nslug: cppcc-2021\n---\n## 工作回顾\n\n全年提出提案 512 件。\n";
    private const string Corrected = "---\ntitle: 2021年工作报告\ndate: 2021-02-22\nslug: cppcc-2021\nrevisions:\n  - date: 2021-03-01\n    note: 更正提案件数\n---\n## 工作回顾\n\n全年提出提案 521 件。\n";
    private readonly TempDir _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_portal_finds_the_correction_in_the_feed_and_both_versions_of_the_bag_with_matching_hashes()
    {
        _root.File("input/site.yml", "title: 档案\n" + PublishedSite.SiteYml);
        _root.File("input/r/report.md", Original);
        Build();
        var first = Poll();
        var v1 = Assert.Single(first.Versions);
        Assert.Equal(1, v1.Number);
        var takenV1 = Take(v1); // the portal keeps its own copy of what it ingested

        _root.File("input/r/report.md", Corrected);
        Build();
        var second = Poll();

        Assert.Equal("2021-02-22", first.EntryUpdated[..10]);
        Assert.Equal("2021-03-01", second.EntryUpdated[..10]);
        Assert.True(string.CompareOrdinal(second.FeedUpdated, first.FeedUpdated) > 0, $"feed updated {first.FeedUpdated} -> {second.FeedUpdated}");
        Assert.Equal(first.EntryId, second.EntryId); // the same report, not a new one

        Assert.Equal([1, 2], second.Versions.Select(v => v.Number));
        var again = second.Versions[0];
        Assert.Equal(v1, again); // listed as before: path, size, hash
        Assert.Equal(takenV1, File.ReadAllBytes(Path.Combine(_root.Combine("output"), again.Path)));
        var v2 = second.Versions[1];
        Assert.NotEqual(v1.Path, v2.Path);
        Assert.NotEqual(v1.Sha256, v2.Sha256);
        Assert.Equal("2021-03-01", v2.Date);
        Assert.Equal("更正提案件数", v2.Note);
        foreach (var version in second.Versions)
        {
            var file = Path.Combine(_root.Combine("output"), version.Path);
            Assert.True(File.Exists(file), version.Path);
            Assert.Equal(version.Size, new FileInfo(file).Length);
            Assert.Equal(version.Sha256, Sha256Of(file));
            Assert.Equal(version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), BagInfo(file, "Report-Version"));
            Assert.Null(BagInfo(file, "Preview"));
        }

        // One report, two versions, one identifier that groups them.
        Assert.Equal(BagInfo(Path.Combine(_root.Combine("output"), v1.Path), "Bag-Group-Identifier"),
            BagInfo(Path.Combine(_root.Combine("output"), v2.Path), "Bag-Group-Identifier"));
    }

    [Fact]
    public void A_portal_can_tell_a_preview_and_refuse_it()
    {
        _root.File("input/site.yml", "title: 档案\n");
        _root.File("input/r/report.md", Original);
        var run = SitegenProcess.Run(_root.Path, "build", "--input", "input", "--output", "output", "--formats", "html,bundle", "--no-cache", "--preview");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(_root.Combine("output/manifest.json")));
        Assert.True(manifest.RootElement.TryGetProperty("preview", out var preview) && preview.GetBoolean());
        var versions = manifest.RootElement.GetProperty("reports").EnumerateArray().Single().GetProperty("versions");
        var bag = Path.Combine(_root.Combine("output"), versions.EnumerateArray().Single().GetProperty("path").GetString()!);
        Assert.Equal("yes", BagInfo(bag, "Preview")); // a bag that travels alone says so too
        Assert.False(File.Exists(_root.Combine("output/sitemap.xml")));
    }

    private void Build()
    {
        var run = SitegenProcess.Run(_root.Path, "build", "--input", "input", "--output", "output", "--formats", "html,bundle", "--no-cache");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
    }

    private sealed record Version(int Number, string Date, string? Note, string Path, long Size, string Sha256);

    private sealed record Polled(string FeedUpdated, string EntryId, string EntryUpdated, List<Version> Versions);

    /// <summary>What a portal reads on each poll: the feed's times and the manifest's versions of the report.</summary>
    private Polled Poll()
    {
        var output = _root.Combine("output");
        string? feedUpdated = null, entryId = null, entryUpdated = null;
        using (var reader = XmlReader.Create(Path.Combine(output, "feed.xml"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            var inEntry = false;
            reader.MoveToContent();
            while (!reader.EOF)
            {
                // ReadElementContentAsString leaves the reader on the next node already: no Read() after it.
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Atom)
                {
                    inEntry |= reader.LocalName == "entry";
                    if (reader.LocalName == "updated" && reader.Depth == 1)
                    {
                        feedUpdated = reader.ReadElementContentAsString();
                        continue;
                    }

                    if (inEntry && reader.Depth == 2 && reader.LocalName is "updated" or "id")
                    {
                        var name = reader.LocalName;
                        var value = reader.ReadElementContentAsString();
                        if (name == "updated")
                        {
                            entryUpdated = value;
                        }
                        else
                        {
                            entryId = value;
                        }

                        continue;
                    }
                }

                reader.Read();
            }
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        Assert.False(manifest.RootElement.TryGetProperty("preview", out _), "a publication's manifest is not a preview's");
        var report = manifest.RootElement.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == Slug);
        var versions = report.GetProperty("versions").EnumerateArray().Select(v => new Version(
            v.GetProperty("version").GetInt32(),
            v.GetProperty("date").GetString()!,
            v.GetProperty("note").ValueKind == JsonValueKind.String ? v.GetProperty("note").GetString() : null,
            v.GetProperty("path").GetString()!,
            v.GetProperty("size").GetInt64(),
            v.GetProperty("sha256").GetString()!)).ToList();

        // Every bag the manifest lists is also among its files, with the same hash.
        var files = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
        Assert.All(versions, v => Assert.Equal(v.Sha256, files[v.Path]));
        return new Polled(feedUpdated!, entryId!, entryUpdated!, versions);
    }

    private byte[] Take(Version version)
    {
        var bytes = File.ReadAllBytes(Path.Combine(_root.Combine("output"), version.Path));
        Assert.Equal(version.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return bytes;
    }

    private static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A label's value in the bag's bag-info.txt (the one tag file at the bag's top folder), or null.</summary>
    private static string? BagInfo(string bag, string label)
    {
        using var zip = ZipFile.OpenRead(bag);
        var info = zip.Entries.Single(e => e.FullName.EndsWith("/bag-info.txt", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1);
        using var reader = new StreamReader(info.Open());
        return reader.ReadToEnd().Split('\n').Where(l => l.StartsWith(label + ": ", StringComparison.Ordinal))
            .Select(l => l[(label.Length + 2)..]).FirstOrDefault();
    }
}
