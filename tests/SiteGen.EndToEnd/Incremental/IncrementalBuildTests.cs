using SiteGen.Benchmarks;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Incremental;

/// <summary>
/// The real pipeline, every format, on three reports made from the 2021 report: after editing one, a build
/// with the cache reruns only that report's steps and writes exactly what a clean build writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const int Reports = 3;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-incremental-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(_root, "input");

    [Fact]
    public void After_editing_one_report_only_its_steps_run_and_the_output_equals_a_clean_build_byte_for_byte()
    {
        SyntheticArchive.Write(RepositoryInput(), Input, Reports);
        var incremental = Options(Path.Combine(_root, "output"));
        var first = SiteBuilder.Build(incremental);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        var edited = Path.Combine(Input, "report-002", "report.md");
        File.AppendAllText(edited, "\n修改后新增的一段，含有新字：鹦鹉螺。\n");
        var second = SiteBuilder.Build(incremental);
        var clean = SiteBuilder.Build(Options(Path.Combine(_root, "clean")) with { UseCache = false });

        Assert.True(second.Succeeded && clean.Succeeded);
        Assert.Contains("TypesetPdf", second.Cache.Steps);
        foreach (var step in second.Cache.Steps)
        {
            // Each run of a step over the archive misses once (the edited report) and hits for the others.
            Assert.True(second.Cache.Misses(step) > 0, $"{step} reused the edited report's old result");
            Assert.Equal(second.Cache.Misses(step) * (Reports - 1), second.Cache.Hits(step));
        }

        Assert.Equal(Folder(Path.Combine(_root, "clean")), Folder(Path.Combine(_root, "output")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private BuildOptions Options(string output) => new()
    {
        InputDirectory = Input,
        OutputDirectory = output,
        DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
    };

    private static string RepositoryInput()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SiteGen.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above the test binaries"), "input");
    }

    /// <summary>Every file under a folder with its bytes, for a byte-for-byte comparison with readable failures.</summary>
    private static SortedDictionary<string, string> Folder(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
