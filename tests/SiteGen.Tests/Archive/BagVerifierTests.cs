using System.Text;
using SiteGen.Archive;

namespace SiteGen.Tests.Archive;

public sealed class BagVerifierTests
{
    private readonly BagFixture _bag = new();

    [Fact]
    public void One_changed_byte_is_reported_as_altered_naming_the_file()
    {
        var tampered = _bag.Tampered((name, content) =>
        {
            if (name != "cppcc-2021/data/site/cppcc-2021/cppcc-2021.pdf")
            {
                return content;
            }

            var copy = (byte[])content.Clone();
            copy[^1] ^= 1;
            return copy;
        });
        var result = Verify(tampered);
        Assert.False(result.IsValid);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("data/site/cppcc-2021/cppcc-2021.pdf", finding.Path);
        Assert.StartsWith("altered", finding.Message);
    }

    [Fact]
    public void A_byte_flipped_inside_the_zip_itself_is_reported_naming_the_file()
    {
        var name = Encoding.UTF8.GetBytes("cppcc-2021/data/source/cppcc-2021/report.md");
        var damaged = (byte[])_bag.Bytes.Clone();
        var header = damaged.AsSpan().IndexOf(name); // the local header comes first, before the central directory
        damaged[header + name.Length + 3] ^= 0x20;
        var result = Verify(damaged);
        Assert.True(result.Readable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("data/source/cppcc-2021/report.md", finding.Path);
        Assert.StartsWith("altered", finding.Message);
    }

    [Fact]
    public void A_deleted_payload_file_is_reported_as_missing()
    {
        var result = Verify(_bag.Tampered((name, content) => name.EndsWith("report.md", StringComparison.Ordinal) ? null : content));
        Assert.Contains(result.Findings, f => f.Path == "data/source/cppcc-2021/report.md" && f.Message.StartsWith("missing", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Path == "bag-info.txt" && f.Message.Contains("Payload-Oxum", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extra_payload_file_is_reported()
    {
        var result = Verify(_bag.Tampered((_, content) => content, ("cppcc-2021/data/site/extra.txt", "extra")));
        Assert.Contains(result.Findings, f => f.Path == "data/site/extra.txt" && f.Message.StartsWith("extra", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Path == "bag-info.txt");
    }

    [Fact]
    public void An_edited_tag_file_breaks_the_tag_manifest()
    {
        var result = Verify(_bag.Tampered((name, content) =>
            name.EndsWith("bag-info.txt", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("SiteGen", "Other")) : content));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("bag-info.txt", finding.Path);
        Assert.StartsWith("altered", finding.Message);
    }

    [Fact]
    public void A_missing_declaration_is_reported()
    {
        var result = Verify(_bag.Tampered((name, content) => name.EndsWith("/bagit.txt", StringComparison.Ordinal) ? null : content));
        Assert.Contains(result.Findings, f => f.Path == "bagit.txt" && f.Message.StartsWith("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_outside_the_single_top_level_folder_are_reported()
    {
        var result = Verify(_bag.Tampered((_, content) => content, ("stray.txt", "x")));
        Assert.True(result.Readable);
        Assert.False(result.IsValid);
        Assert.Contains("one top-level folder", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_unreadable_not_an_exception()
    {
        var result = Verify(Encoding.UTF8.GetBytes("not a zip at all"));
        Assert.False(result.Readable);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_missing_file_on_disk_is_unreadable()
    {
        var result = BagVerifier.Verify(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip"));
        Assert.False(result.Readable);
    }

    private static BagVerification Verify(byte[] zip) => BagVerifier.Verify(new MemoryStream(zip), "bag.zip");
}
