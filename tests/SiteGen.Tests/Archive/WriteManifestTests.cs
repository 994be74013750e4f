using System.Security.Cryptography;
using System.Text.Json;
using SiteGen.Archive;

namespace SiteGen.Tests.Archive;

public sealed class WriteManifestTests
{
    private readonly BagFixture _site = new();

    [Fact]
    public void Manifest_lists_every_other_file_sorted_with_size_and_sha256()
    {
        var state = new WriteManifest().Run(_site.State, _site.Context);
        using var json = JsonDocument.Parse(state.Files["manifest.json"].ReadAllBytes());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        var paths = files.Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(_site.State.Files.Keys.Order(StringComparer.Ordinal), paths);
        Assert.DoesNotContain("manifest.json", paths);
        foreach (var file in files)
        {
            var content = state.Files[file.GetProperty("path").GetString()!].ReadAllBytes();
            Assert.Equal(content.LongLength, file.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public void Manifest_lists_each_reports_formats_in_display_order()
    {
        var state = new WriteManifest().Run(_site.State, _site.Context);
        using var json = JsonDocument.Parse(state.Files["manifest.json"].ReadAllBytes());
        var report = Assert.Single(json.RootElement.GetProperty("reports").EnumerateArray());
        Assert.Equal("cppcc-2021", report.GetProperty("slug").GetString());
        var formats = report.GetProperty("formats").EnumerateArray().ToList();
        Assert.Equal(["html", "pdf", "epub", "bundle"], formats.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(12, formats[1].GetProperty("pages").GetInt32());
        Assert.Equal("application/zip", formats[3].GetProperty("mediaType").GetString());
    }

    [Fact]
    public void Manifest_bytes_do_not_change_between_runs()
    {
        var first = new WriteManifest().Run(_site.State, _site.Context).Files["manifest.json"].ReadAllBytes();
        var again = new WriteManifest().Run(new WriteManifest().Run(_site.State, _site.Context), _site.Context).Files["manifest.json"].ReadAllBytes();
        Assert.Equal(first, again);
    }
}
