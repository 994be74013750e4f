using System.IO.Compression;
using System.Text;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Archive;

/// <summary>The independent bag check passes SiteGen's bags and fails each kind of damage, so its silence means something.</summary>
public sealed class IndependentBagCheckTests : IDisposable
{
    private readonly TempDir _root = new();
    private readonly string _bag;

    public IndependentBagCheckTests()
    {
        _root.File("input/r/report.md", "---\ntitle: 检查\ndate: 2022-01-05\nslug: check-2022\n---\n\n正文，见[附件](<附件 一.csv>)。\n");
        _root.File("input/r/附件 一.csv", "a,b\n1,2\n");
        _root.File("input/site.yml", PublishedSite.SiteYml);
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = _root.Combine("input"),
            OutputDirectory = _root.Combine("output"),
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            BuildPdf = false,
            UseCache = false,
        });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        _bag = Directory.GetFiles(_root.Combine("output/archive"), "*.zip").Single();
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_bag_sitegen_built_passes()
    {
        Assert.Empty(IndependentBagCheck.Problems(_bag));
    }

    [Fact]
    public void An_altered_payload_file_fails_sha256sum()
    {
        var problems = IndependentBagCheck.Problems(Rezip((name, bytes) => name.EndsWith(".csv", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("a,b\n1,3\n") : bytes));
        Assert.Contains(problems, p => p.Contains("sha256sum -c manifest-sha256.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlisted_file_and_a_wrong_oxum_are_found()
    {
        var problems = IndependentBagCheck.Problems(Rezip((_, bytes) => bytes, extra: ("data/extra.txt", "x"u8.ToArray())));
        Assert.Contains(problems, p => p.Contains("does not list data/extra.txt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Payload-Oxum", StringComparison.Ordinal));
    }

    [Fact]
    public void An_altered_tag_file_fails_the_tag_manifest()
    {
        var problems = IndependentBagCheck.Problems(Rezip((name, bytes) => name.EndsWith("/bag-info.txt", StringComparison.Ordinal) ? [.. bytes, .. "X-Extra: 1\n"u8.ToArray()] : bytes));
        Assert.Contains(problems, p => p.Contains("tagmanifest-sha256.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_percent_in_a_name_is_found()
    {
        var problems = IndependentBagCheck.Problems(Rezip((_, bytes) => bytes, extra: ("data/100%.txt", "x"u8.ToArray())));
        Assert.Contains(problems, p => p.Contains("'data/100%.txt' holds '%'", StringComparison.Ordinal));
    }

    private string Rezip(Func<string, byte[], byte[]> change, (string Path, byte[] Bytes)? extra = null)
    {
        var target = _root.Combine($"tampered-{Guid.NewGuid():N}.zip");
        using var source = ZipFile.OpenRead(_bag);
        using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
        var folder = source.Entries[0].FullName.Split('/')[0];
        foreach (var entry in source.Entries)
        {
            using var input = entry.Open();
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            using var output = zip.CreateEntry(entry.FullName).Open();
            output.Write(change(entry.FullName, copy.ToArray()));
        }

        if (extra is { } file)
        {
            using var output = zip.CreateEntry($"{folder}/{file.Path}").Open();
            output.Write(file.Bytes);
        }

        return target;
    }
}
