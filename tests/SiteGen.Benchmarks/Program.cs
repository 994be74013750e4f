using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>
/// Times SiteGen builds of synthetic archives (N = 1, 20, 100, 1000) as whole processes against pandoc, Hugo,
/// WeasyPrint, Chromium and Typst on the same reports, and writes RESULTS.md. Run through run.sh, which installs
/// the peers and publishes the CLI first.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Machine.StartLoad = Machine.LoadAverage();
        var options = Arguments.Parse(args);
        var work = options.Work;
        Directory.CreateDirectory(work);
        Console.WriteLine($"Benchmark work folder: {work}");

        var archives = new Dictionary<int, string>();
        foreach (var n in options.Sizes)
        {
            var input = Path.Combine(work, $"archive-{n}", "input");
            if (Directory.Exists(input))
            {
                Directory.Delete(input, recursive: true);
            }

            if (n == 1)
            {
                CopyFolder(Path.Combine(options.Repo, "input"), input);
            }
            else
            {
                SyntheticArchive.Write(Path.Combine(options.Repo, "input"), input, n);
            }

            archives[n] = input;
        }

        if (options.PrepareOnly)
        {
            // --prepare: only write the archives (for profiling a build by hand).
            return 0;
        }

        var bench = new Bench(options, archives);
        var results = bench.RunAll();
        var markdown = ResultsReport.Write(results, options);
        File.WriteAllText(options.Results, markdown + KeptSections(options.Results));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Wrote {options.Results}");
        return 0;
    }

    /// <summary>Sections other tests measure (e.g. the search comparison) sit below this marker; the benchmark keeps them.</summary>
    internal const string KeptMarker = "<!-- Sections below are not written by the benchmark; it keeps them as they are. -->";

    private static string KeptSections(string results)
    {
        var old = File.Exists(results) ? File.ReadAllText(results) : string.Empty;
        var at = old.IndexOf(KeptMarker, StringComparison.Ordinal);
        return at < 0 ? string.Empty : "\n" + old[at..];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>run.sh's arguments: where things are, how many runs, which sizes.</summary>
internal sealed record Arguments(string Repo, string Work, string CliInstalled, string CliJit, int Runs, int HeavyRuns, int HugeRuns, int[] Sizes, string Results)
{
    /// <summary>--no-warm-up-from N: all-format builds of N reports or more run without a warm-up (default 100).</summary>
    public int NoWarmUpFrom { get; init; } = 100;

    /// <summary>--prepare: write the synthetic archives and stop.</summary>
    public bool PrepareOnly { get; init; }

    public static Arguments Parse(string[] args)
    {
        var prepare = args.Contains("--prepare");
        args = [.. args.Where(a => a != "--prepare")];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i]] = args[i + 1];
        }

        string Get(string key, string fallback) => map.TryGetValue(key, out var v) ? v : fallback;
        var repo = Path.GetFullPath(Get("--repo", "."));
        return new Arguments(
            repo,
            Path.GetFullPath(Get("--work", Path.Combine(Path.GetTempPath(), "sitegen-bench"))),
            Path.GetFullPath(Get("--cli-installed", Path.Combine(Path.GetTempPath(), "sitegen-bench", "cli-native"))),
            Path.GetFullPath(Get("--cli-jit", Path.Combine(Path.GetTempPath(), "sitegen-bench", "cli-jit"))),
            int.Parse(Get("--runs", "5"), CultureInfo.InvariantCulture),
            int.Parse(Get("--heavy-runs", "3"), CultureInfo.InvariantCulture),
            int.Parse(Get("--huge-runs", "1"), CultureInfo.InvariantCulture),
            [.. Get("--sizes", "1,20,100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            Path.GetFullPath(Get("--results", Path.Combine(repo, "tests", "SiteGen.Benchmarks", "RESULTS.md"))))
        {
            PrepareOnly = prepare,
            NoWarmUpFrom = int.Parse(Get("--no-warm-up-from", "100"), CultureInfo.InvariantCulture),
        };
    }
}
