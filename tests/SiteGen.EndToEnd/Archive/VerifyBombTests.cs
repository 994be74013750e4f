using SiteGen.EndToEnd.Cli;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// `sitegen verify` on zip bombs made at test time, in a child process under a memory cap (3 GiB of address
/// space, 256 MiB of managed heap): it ends with exit 1 and one line naming the refusal, never a crash.
/// </summary>
public sealed class VerifyBombTests : IDisposable
{
    private const long AddressSpace = 3L << 30;
    private const long ManagedHeap = 256L << 20;
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-bomb-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_ten_gigabyte_bomb_is_refused_from_its_declared_sizes_in_one_line()
    {
        var bomb = Path.Combine(_root, "bomb.zip");
        ZipBomb.Write(bomb, ["bomb/data/a.bin", "bomb/data/b.bin", "bomb/data/c.bin"], mebibytesEach: 3400); // 3 × 3.3 GiB
        Assert.True(new FileInfo(bomb).Length < 16 << 20, "the bomb itself is small");

        var result = SitegenProcess.RunCapped(_root, AddressSpace, ManagedHeap, "verify", "bomb.zip");

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.StdErr}");
        var line = Assert.Single(Lines(result.StdErr));
        Assert.Equal("bomb.zip: INVALID: data/a.bin: refused: unpacks to more than the 1 GiB one file may hold (as the zip declares; 2 more files like it)", line);
    }

    [Fact]
    public void A_bomb_within_every_limit_streams_through_in_flat_memory()
    {
        // Four 900 MiB files at 150:1 pass every limit (3.5 GiB in all), so verify unpacks all of them;
        // the managed heap is capped far below one file, so holding any of them would crash the run.
        var bomb = Path.Combine(_root, "bomb.zip");
        ZipBomb.Write(bomb, [.. Enumerable.Range(1, 4).Select(i => $"bomb/data/{i}.bin")], mebibytesEach: 900, ratio: 150);

        var result = SitegenProcess.RunCapped(_root, AddressSpace, ManagedHeap, "verify", "bomb.zip");

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.StdErr}");
        Assert.Equal(
            ["bomb.zip: INVALID, 2 problems:", "bagit.txt: missing: every bag starts with its declaration", "no payload manifest (manifest-<algorithm>.txt)"],
            Lines(result.StdErr));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
