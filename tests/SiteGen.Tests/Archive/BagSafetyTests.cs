using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SiteGen.Archive;

namespace SiteGen.Tests.Archive;

/// <summary>`verify` refuses what a bag zip must never hold, and what would unpack past its limits, with one named finding.</summary>
public sealed class BagSafetyTests
{
    [Theory]
    [InlineData("bag/../../etc/passwd", "climbs out")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("bag\\..\\evil.txt", "backslash")]
    [InlineData("C:/Windows/evil.txt", "drive letter")]
    [InlineData("bag/data/./x.txt", "'.'")]
    [InlineData("bag/data/\u001b[31mred.txt", "control character")]
    public void An_entry_whose_name_leaves_the_bag_is_refused_by_name(string name, string reason)
    {
        var zip = Zip(("bag/bagit.txt", Encoding.UTF8.GetBytes("BagIt-Version: 1.0\n"), 0), (name, "x"u8.ToArray(), 0));

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip");

        Assert.True(result.Readable);
        var finding = Assert.Single(result.Findings);
        Assert.StartsWith("refused", finding.Message);
        Assert.Contains(reason, finding.Message);
        Assert.DoesNotContain('\u001b', finding.ToString()); // shown escaped, never sent to the terminal
    }

    [Fact]
    public void A_symbolic_link_entry_is_refused_by_name()
    {
        const int Symlink = 0xA1FF; // S_IFLNK | 0777, as `zip --symlinks` stores it
        var zip = Zip(("bag/bagit.txt", "BagIt-Version: 1.0\n"u8.ToArray(), 0), ("bag/data/passwd", "/etc/passwd"u8.ToArray(), Symlink << 16));

        var finding = Assert.Single(BagVerifier.Verify(new MemoryStream(zip), "bag.zip").Findings);

        Assert.Equal("bag/data/passwd", finding.Path);
        Assert.Contains("symbolic link", finding.Message);
    }

    [Fact]
    public void A_regular_file_with_a_unix_mode_is_not_mistaken_for_a_link()
    {
        var zip = Zip(("bag/data/a.txt", "a"u8.ToArray(), 0x81A4 << 16)); // S_IFREG | 0644

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip");

        Assert.DoesNotContain(result.Findings, f => f.Message.StartsWith("refused", StringComparison.Ordinal));
    }

    [Fact]
    public void An_encrypted_entry_is_refused_by_name()
    {
        var zip = Zip(("bag/bagit.txt", "BagIt-Version: 1.0\n"u8.ToArray(), 0), ("bag/data/secret.txt", "secret"u8.ToArray(), 0));
        SetEncryptedFlag(zip, "bag/data/secret.txt");

        var finding = Assert.Single(BagVerifier.Verify(new MemoryStream(zip), "bag.zip").Findings);

        Assert.Equal("bag/data/secret.txt", finding.Path);
        Assert.Contains("encrypted", finding.Message);
    }

    [Fact]
    public void An_empty_zip_gets_a_message_saying_so()
    {
        var finding = Assert.Single(BagVerifier.Verify(new MemoryStream(Zip()), "bag.zip").Findings);

        Assert.Contains("the zip is empty", finding.Message);
    }

    [Fact]
    public void A_file_past_the_per_file_limit_is_refused_from_its_declared_size()
    {
        var zip = Zip(("bag/data/big.bin", Random(300_000), 0));

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip", new BagLimits { MaxFileBytes = 200_000 });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("data/big.bin", finding.Path);
        Assert.Contains("more than the 200000 bytes one file may hold", finding.Message);
    }

    [Fact]
    public void Files_past_the_total_limit_are_refused()
    {
        var zip = Zip(("bag/data/a.bin", Random(150_000), 0), ("bag/data/b.bin", Random(150_000), 0));

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip", new BagLimits { MaxTotalBytes = 200_000 });

        Assert.Contains("more than the 200000 bytes a bag may hold", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_file_that_grows_past_the_ratio_limit_is_refused_as_a_zip_bomb()
    {
        var zip = Zip(("bag/data/zeros.bin", new byte[3 << 20], 0));

        var finding = Assert.Single(BagVerifier.Verify(new MemoryStream(zip), "bag.zip").Findings);

        Assert.Equal("data/zeros.bin", finding.Path);
        Assert.Contains("200 times its compressed size", finding.Message);
    }

    [Fact]
    public void Small_files_are_never_refused_for_their_ratio()
    {
        var zip = Zip(("bag/data/zeros.bin", new byte[1 << 20], 0));

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip");

        Assert.DoesNotContain(result.Findings, f => f.Message.StartsWith("refused", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_that_understates_a_size_unpacks_no_further_and_shows_as_altered()
    {
        // The runtime inflates no more than the directory declares, so the declared-size check is the bound;
        // a file cut short by a false size then fails its manifest checksum and the Payload-Oxum.
        const string Source = "cppcc-2021/data/source/cppcc-2021/report.md"; // deflated, unlike the tiny stand-in files
        var zip = (byte[])new BagFixture().Bytes.Clone();
        SetDeclaredLength(zip, Source, 5);

        var result = BagVerifier.Verify(new MemoryStream(zip), "bag.zip");

        Assert.Contains(result.Findings, f => f.Path == "data/source/cppcc-2021/report.md" && f.Message.StartsWith("altered", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Path == "bag-info.txt" && f.Message.Contains("Payload-Oxum", StringComparison.Ordinal));
    }

    [Fact]
    public void A_real_bag_still_verifies_after_streaming()
    {
        var result = BagVerifier.Verify(new MemoryStream(new BagFixture().Bytes), "fresh.zip");

        Assert.True(result.IsValid, string.Join("\n", result.Findings));
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content, int ExternalAttributes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, attributes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                entry.ExternalAttributes = attributes;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Sets general purpose bit 0 (encrypted) in the entry's local and central headers.</summary>
    private static void SetEncryptedFlag(byte[] zip, string name)
    {
        foreach (var (header, flagsAt) in Headers(zip, name))
        {
            zip[header + flagsAt] |= 1;
        }
    }

    /// <summary>Writes a false uncompressed size into the entry's local and central headers.</summary>
    private static void SetDeclaredLength(byte[] zip, string name, uint length)
    {
        foreach (var (header, flagsAt) in Headers(zip, name))
        {
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(header + flagsAt + 16), length);
        }
    }

    /// <summary>Where the entry's local header (flags at +6) and central header (flags at +8) start.</summary>
    private static IEnumerable<(int Header, int FlagsAt)> Headers(byte[] zip, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034b50 && zip.AsSpan(at + 30, bytes.Length).SequenceEqual(bytes))
            {
                yield return (at, 6);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(at + 46, bytes.Length).SequenceEqual(bytes))
            {
                yield return (at, 8);
            }
        }
    }
}
