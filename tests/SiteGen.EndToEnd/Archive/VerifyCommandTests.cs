using System.IO.Compression;
using System.Text;
using SiteGen.Output;

namespace SiteGen.EndToEnd.Archive;

/// <summary>`sitegen verify` as a user runs it on the bags a real build wrote.</summary>
public sealed class VerifyCommandTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_fresh_bag_is_valid_and_exits_0()
    {
        Assert.NotEmpty(site.Bags);
        var result = CliRun.Sitegen(site.Root, null, ["verify", .. site.Bags]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(site.Bags, bag => Assert.Contains($"{bag}: valid", result.StdOut));
    }

    [Fact]
    public void A_bag_with_one_changed_byte_exits_1_naming_the_file()
    {
        var tampered = Rezip(site.Bags[0], "tampered.zip", (name, content) =>
        {
            if (!name.EndsWith(".epub", StringComparison.Ordinal))
            {
                return content;
            }

            content[content.Length / 2] ^= 1;
            return content;
        });
        var result = CliRun.Sitegen(site.Root, null, "verify", tampered);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"data/site/[^/]+/[^/]+\.epub: altered", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void A_bag_with_a_deleted_file_exits_1_naming_it()
    {
        var tampered = Rezip(site.Bags[0], "deleted.zip", (name, content) => name.EndsWith("/dc.xml", StringComparison.Ordinal) ? null : content);
        var result = CliRun.Sitegen(site.Root, null, "verify", tampered);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("data/metadata/dc.xml: missing", result.StdErr);
    }

    [Fact]
    public void A_zip_damaged_on_disk_exits_1_naming_the_damaged_file()
    {
        var bytes = File.ReadAllBytes(site.Bags[0]);
        var name = Encoding.UTF8.GetBytes("/data/metadata/dc.xml");
        var at = bytes.AsSpan().IndexOf(name);
        bytes[at + name.Length + 2] ^= 0x55;
        var damaged = Path.Combine(site.Root, "damaged.zip");
        File.WriteAllBytes(damaged, bytes);
        var result = CliRun.Sitegen(site.Root, null, "verify", damaged);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("data/metadata/dc.xml: altered", result.StdErr);
    }

    [Fact]
    public void Something_that_is_not_a_zip_exits_2_without_a_stack_trace()
    {
        var notZip = Path.Combine(site.Root, "not-a-bag.zip");
        File.WriteAllText(notZip, "hello");
        var folder = Directory.CreateDirectory(Path.Combine(site.Root, "unzipped-bag")).FullName;
        var result = CliRun.Sitegen(site.Root, null, "verify", notZip, Path.Combine(site.Root, "absent.zip"), folder);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("not-a-bag.zip: unreadable", result.StdErr);
        Assert.Contains("absent.zip: unreadable: no such file", result.StdErr);
        Assert.Contains("unzipped-bag: unreadable: this is a folder; give the bag's .zip file", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Verify_without_a_bag_is_a_usage_error()
    {
        var result = CliRun.Sitegen(site.Root, null, "verify");
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>Rewrites a bag entry by entry, as someone editing a file and zipping the folder again would.</summary>
    private string Rezip(string bag, string name, Func<string, byte[], byte[]?> change)
    {
        var items = new List<ZipItem>();
        using (var zip = ZipFile.OpenRead(bag))
        {
            foreach (var entry in zip.Entries)
            {
                using var buffer = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(buffer);
                }

                if (change(entry.FullName, buffer.ToArray()) is { } content)
                {
                    items.Add(new ZipItem(entry.FullName, content));
                }
            }
        }

        var path = Path.Combine(site.Root, name);
        File.WriteAllBytes(path, DeterministicZip.Create(items, new DateOnly(2021, 2, 22)));
        return path;
    }
}
