using System.IO.Compression;
using System.Text;
using SiteGen.Output;

namespace SiteGen.Tests.Output;

public sealed class DeterministicZipTests
{
    private static readonly ZipItem[] Items =
    [
        new("mimetype", Encoding.ASCII.GetBytes("application/epub+zip"), Store: true),
        new("a/重复的文字.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("政协工作报告。", 200)))),
        new("b/empty.bin", []),
    ];

    [Fact]
    public void Entries_read_back_in_order_with_their_content()
    {
        using var zip = new ZipArchive(new MemoryStream(DeterministicZip.Create(Items, new DateOnly(2021, 2, 22))));
        Assert.Equal(Items.Select(i => i.Name), zip.Entries.Select(e => e.FullName));
        foreach (var (item, entry) in Items.Zip(zip.Entries))
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            Assert.Equal(item.Content, buffer.ToArray());
        }
    }

    [Fact]
    public void Compressible_entries_are_deflated_and_stored_ones_are_not()
    {
        var bytes = DeterministicZip.Create(Items, new DateOnly(2021, 2, 22));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
        Assert.True(zip.Entries[1].CompressedLength < zip.Entries[1].Length / 10);
    }

    [Fact]
    public void Dates_before_1980_are_clamped_to_the_first_dos_date()
    {
        using var zip = new ZipArchive(new MemoryStream(DeterministicZip.Create(Items, new DateOnly(1970, 1, 1))));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Same_entries_give_the_same_bytes() =>
        Assert.Equal(DeterministicZip.Create(Items, new DateOnly(2021, 2, 22)), DeterministicZip.Create(Items, new DateOnly(2021, 2, 22)));

    [Fact]
    public void A_name_added_twice_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => DeterministicZip.Create([Items[0], Items[0]], new DateOnly(2021, 2, 22)));

    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
}
