using System.Collections.Immutable;
using SiteGen.Caching;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Caching;

public sealed class BuildCacheTests : IDisposable
{
    private readonly TempInput _input = new();

    public BuildCacheTests()
    {
        for (var i = 1; i <= 3; i++)
        {
            _input.Write($"r{i}/report.md", Report($"报告{i}", $"2021-02-0{i}", "正文。"));
        }
    }

    [Fact]
    public void An_incremental_build_after_editing_one_report_equals_a_clean_build_byte_for_byte()
    {
        Build(_input.Options);
        _input.Write("r2/report.md", Report("报告2（修订）", "2021-02-02", "修订后的正文。"));

        var incremental = Build(_input.Options);
        var cleanOutput = Path.Combine(_input.Root, "clean");
        Build(_input.Options with { OutputDirectory = cleanOutput, UseCache = false });

        Assert.True(incremental.Succeeded);
        Assert.Equal(Folder(cleanOutput), Folder(_input.Output));
    }

    [Fact]
    public void Only_the_edited_report_is_rebuilt()
    {
        Build(_input.Options);
        _input.Write("r3/report.md", Report("报告3", "2021-02-03", "改了一个字。"));

        var step = new EchoReports();
        var result = Build(_input.Options, step);

        Assert.Equal(1, result.Cache.Misses(step.Name));
        Assert.Equal(2, result.Cache.Hits(step.Name));
        Assert.Equal(1, step.Runs);
    }

    [Fact]
    public void Warnings_come_back_on_a_hit()
    {
        _input.Write("r1/report.md", Report("报告1", "2021-02-01", "warn"));
        var first = Build(_input.Options);
        var second = Build(_input.Options);

        Assert.Equal(3, second.Cache.Hits(nameof(EchoReports)));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Code == "SG999");
    }

    [Fact]
    public void A_changed_template_rebuilds_every_report()
    {
        var templates = Path.Combine(_input.Root, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "page.html"), "one");
        var options = _input.Options with { TemplatesDirectory = templates };
        Build(options);
        File.WriteAllText(Path.Combine(templates, "page.html"), "two");

        var result = Build(options);

        Assert.Equal(3, result.Cache.Misses(nameof(EchoReports)));
    }

    [Fact]
    public void Deleting_the_cache_only_costs_time()
    {
        var first = Folder(Build(_input.Options).State.Files.Count > 0 ? _input.Output : throw new InvalidOperationException());
        Directory.Delete(BuildCache.FolderFor(_input.Output), recursive: true);

        var result = Build(_input.Options);

        Assert.Equal(3, result.Cache.Misses(nameof(EchoReports)));
        Assert.Equal(first, Folder(_input.Output));
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_not_wrong_output()
    {
        Build(_input.Options);
        foreach (var blob in Directory.EnumerateFiles(BuildCache.FolderFor(_input.Output), "0.bin", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(blob, [1, 2]);
        }

        var result = Build(_input.Options);
        var clean = Path.Combine(_input.Root, "clean");
        Build(_input.Options with { OutputDirectory = clean, UseCache = false });

        Assert.Equal(3, result.Cache.Misses(nameof(EchoReports)));
        Assert.Equal(Folder(clean), Folder(_input.Output));
    }

    [Fact]
    public void A_result_with_errors_is_not_kept()
    {
        _input.Write("r1/report.md", Report("报告1", "2021-02-01", "fail"));
        Build(_input.Options);
        var result = Build(_input.Options);

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Cache.Misses(nameof(EchoReports)));
    }

    [Fact]
    public void Entries_no_longer_used_are_removed_after_a_successful_build()
    {
        Build(_input.Options);
        _input.Write("r1/report.md", Report("报告1", "2021-02-01", "新正文。"));
        Build(_input.Options);

        var entries = Directory.GetDirectories(Path.Combine(BuildCache.FolderFor(_input.Output), nameof(EchoReports)));
        Assert.Equal(3, entries.Length);
    }

    [Fact]
    public void Keys_change_with_any_part()
    {
        Assert.NotEqual(new CacheKey().Add("a", "bc").Finish(), new CacheKey().Add("ab", "c").Finish());
        Assert.Equal(new CacheKey().Add("a", "b").Finish(), new CacheKey().Add("a", "b").Finish());
    }

    [Fact]
    public void A_new_print_layout_changes_the_key_of_a_step_that_reads_the_formats()
    {
        // The EPUB's page list comes from the print edition's page map: moving one page must rebuild the book.
        var cache = BuildCache.Off(new SiteGen.Diagnostics.DiagnosticBag());
        var report = SampleReport.Create();
        var print = new ReportFormat(FormatKinds.PrintPdf, "印刷版", "a/a-print.pdf", "application/pdf", 10, 3)
        {
            PageBreaks = [new PageBreak("1", PageBreakPlace.BeforeBlock, "x")],
        };
        var moved = print with { PageBreaks = [new PageBreak("1", PageBreakPlace.BeforeBlock, "y")] };
        string Key(ReportFormat f) => cache.KeyFor("WriteEpub", report, TestBuild.State(report).WithFormat(report.Slug, f));
        Assert.NotEqual(Key(print), Key(moved));
        Assert.Equal(Key(print), Key(print with { }));
    }

    public void Dispose() => _input.Dispose();

    private static string Report(string title, string date, string body) =>
        $"---\ntitle: {title}\ndate: {date}\n---\n\n## 概述\n\n{body}\n";

    private static BuildResult Build(BuildOptions options, EchoReports? step = null)
    {
        ImmutableArray<Phase> phases = [.. SitePipeline.CheckPhases, new Phase("render", [step ?? new EchoReports()])];
        return SiteBuilder.Build(options, phases);
    }

    /// <summary>Every file under a folder, path and bytes, for byte-for-byte comparison.</summary>
    private static SortedDictionary<string, string> Folder(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
