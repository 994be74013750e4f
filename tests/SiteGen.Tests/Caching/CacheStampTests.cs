using System.Collections.Immutable;
using System.Text;
using SiteGen.Caching;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A cache hit reads its files again only when they may have changed: a blob whose full check is stamped
/// (size, modification time) and still matches is trusted; any write into it, through the hard link an
/// output folder shares with it, shows in its time and makes it checked (and missed) again.
/// </summary>
public sealed class CacheStampTests : IDisposable
{
    private readonly TempInput _input = new();

    public CacheStampTests()
    {
        for (var i = 1; i <= 3; i++)
        {
            _input.Write($"r{i}/report.md", $"---\ntitle: 报告{i}\ndate: 2021-02-0{i}\n---\n\n## 概述\n\n正文。\n");
        }
    }

    [Fact]
    public void A_blob_checked_once_is_not_read_again_while_its_stamp_holds()
    {
        Build();
        SetBlobTimes(DateTime.UtcNow.AddMinutes(-1));

        var checking = Build();
        var trusting = Build();

        Assert.Equal((3, 3), (checking.Cache.Hits(nameof(EchoReports)), checking.Cache.BlobsHashed));
        Assert.Equal((3, 0), (trusting.Cache.Hits(nameof(EchoReports)), trusting.Cache.BlobsHashed));
    }

    [Fact]
    public void A_blob_written_within_the_last_seconds_is_not_stamped()
    {
        Build();
        // "Just written", whatever the machine's speed: a time set to now would age past the minimum while two
        // builds run on a busy machine (CI once took over three seconds for them), and the blob would be stamped.
        SetBlobTimes(DateTime.UtcNow + BlobStamps.MinimumAge + TimeSpan.FromMinutes(10));

        Build();
        var again = Build();

        Assert.Equal(3, again.Cache.BlobsHashed);
    }

    [Fact]
    public void A_blob_with_a_fine_time_is_stamped_a_moment_after_its_write()
    {
        Build();
        // A second old, with a fraction of a second: a file system with a fine clock, whose tick is far shorter.
        SetBlobTimes(new DateTime(DateTime.UtcNow.AddSeconds(-1).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond + 1234567, DateTimeKind.Utc));

        Build();
        var again = Build();

        Assert.Equal(0, again.Cache.BlobsHashed);
    }

    [Theory]
    [InlineData(0.5, true)] // a fine clock's time half a second old: stamped
    [InlineData(0.05, false)] // within ten ticks of a coarse kernel clock: not yet
    public void A_fine_time_needs_a_moment_a_whole_second_time_the_long_margin(double secondsOld, bool fineStamped)
    {
        var now = new DateTime(2026, 11, 30, 10, 0, 5, DateTimeKind.Utc).AddTicks(4_000_000);
        var fine = now.AddSeconds(-secondsOld);
        Assert.NotEqual(0, fine.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal(fineStamped, BlobStamps.OldEnough(fine, now));

        // On a whole second (a file system keeping seconds, or FAT's two): only after the long margin.
        var whole = new DateTime(2026, 11, 30, 10, 0, 4, DateTimeKind.Utc);
        Assert.False(BlobStamps.OldEnough(whole, whole.AddSeconds(2)));
        Assert.True(BlobStamps.OldEnough(whole, whole + BlobStamps.MinimumAge));
    }

    [Fact]
    public void A_blob_written_in_place_after_its_stamp_is_checked_again_and_missed()
    {
        Build();
        SetBlobTimes(DateTime.UtcNow.AddMinutes(-1));
        Build();
        // An editor that writes in place writes through the output's hard link into the cache's blob.
        var published = Path.Combine(_input.Output, "r1", "echo.txt");
        var length = new FileInfo(published).Length;
        using (var stream = new FileStream(published, FileMode.Open, FileAccess.Write))
        {
            stream.Write(Encoding.ASCII.GetBytes(new string('x', (int)length)));
        }

        var result = Build();
        var clean = Path.Combine(_input.Root, "clean");
        SiteBuilder.Build(_input.Options with { OutputDirectory = clean, UseCache = false }, Phases());

        Assert.Equal((1, 2), (result.Cache.Misses(nameof(EchoReports)), result.Cache.Hits(nameof(EchoReports))));
        Assert.Equal(File.ReadAllBytes(Path.Combine(clean, "r1", "echo.txt")), File.ReadAllBytes(published));
    }

    public void Dispose() => _input.Dispose();

    private BuildResult Build() => SiteBuilder.Build(_input.Options, Phases());

    private static ImmutableArray<Phase> Phases() => [.. SitePipeline.CheckPhases, new Phase("render", [new EchoReports()])];

    private void SetBlobTimes(DateTime time)
    {
        var blobs = Directory.GetFiles(BuildCache.FolderFor(_input.Output), "*.bin", SearchOption.AllDirectories);
        Assert.Equal(3, blobs.Length);
        foreach (var blob in blobs)
        {
            File.SetLastWriteTimeUtc(blob, time);
        }
    }
}
