using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>Everything one benchmark run measured.</summary>
internal sealed class BenchResults
{
    public Dictionary<(string Variant, string Formats, int N), Measured> SiteGen { get; } = [];
    public Measured? Incremental { get; set; }
    public Dictionary<string, Measured> Peers { get; } = new(StringComparer.Ordinal);
    public string PdfSource { get; set; } = "";
    public string Produced { get; set; } = "";
    public string Profile { get; set; } = "";
    /// <summary>`--verbose` of one cold build of the 2021 report: where the time of the Typst comparison goes.</summary>
    public string ProfileOne { get; set; } = "";
    /// <summary>Bytes of files of the 2021 build (screen PDF, bag) and of Typst's PDF, by name.</summary>
    public Dictionary<string, long> Sizes { get; } = new(StringComparer.Ordinal);
    /// <summary>The size the peers and the incremental build are compared at (100, or the largest below it).</summary>
    public int Reference { get; set; }
}

/// <summary>The scenarios, in the order they run.</summary>
internal sealed class Bench(Arguments options, IReadOnlyDictionary<int, string> archives)
{
    /// <summary>The program .ci/install-sitegen installs: compiled ahead of time (Native AOT).</summary>
    public const string Installed = "native";
    public const string Jit = "JIT";

    public BenchResults RunAll()
    {
        var results = new BenchResults();
        var reference = results.Reference = archives.Keys.Where(n => n <= 100).DefaultIfEmpty(archives.Keys.Min()).Max();
        Console.WriteLine("SiteGen, every format, cold (--no-cache), one process per build:");
        foreach (var n in archives.Keys.Order())
        {
            results.SiteGen[(Installed, "all", n)] = Build(Installed, n, all: true, RunsFor(n));
        }

        results.SiteGen[(Jit, "all", 1)] = Build(Jit, 1, all: true, options.Runs);
        Console.WriteLine("SiteGen, HTML only (--formats html --no-cache):");
        foreach (var n in archives.Keys.Order())
        {
            results.SiteGen[(Installed, "html", n)] = Build(Installed, n, all: false, options.Runs);
        }

        results.SiteGen[(Jit, "html", reference)] = Build(Jit, reference, all: false, options.Runs);
        // HTML and the PDF editions without the EPUB and bag: with HTML only and every format, splits one report's CPU by format.
        Console.WriteLine("SiteGen, HTML and PDF only (--formats html,pdf --no-cache), for the CPU breakdown:");
        results.SiteGen[(Installed, CpuBreakdown.HtmlAndPdf, 1)] = Measured.Run($"SiteGen {Installed} HTML and PDF, N=1", options.Work,
            Command(Installed, 1, CpuBreakdown.HtmlAndPdf, "--no-cache", "--quiet"), options.Runs);
        results.Produced = Produced(Output(Installed, 1, all: true));
        var one = Command(Installed, 1, all: true, "--no-cache", "--verbose");
        results.ProfileOne = Machine.Output(one[0], [.. one.Skip(1)]) ?? "(the verbose build failed)";
        foreach (var file in Directory.EnumerateFiles(Output(Installed, 1, all: true), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal)))
        {
            results.Sizes[Path.GetFileName(file)] = new FileInfo(file).Length;
        }

        Console.WriteLine("SiteGen, incremental: one report edited, then built with the cache:");
        results.Incremental = Incremental(reference, results);

        Console.WriteLine("Peers on the same reports:");
        var peers = Path.Combine(options.Work, "peers");
        Directory.CreateDirectory(peers);
        var report2021 = Directory.EnumerateFiles(archives[1], "*.md", SearchOption.AllDirectories).First();
        var pandocHtml = Path.Combine(peers, "pandoc-2021.html");
        TryPeer(results, "pandoc HTML, 2021 report", Peers.PandocOne(report2021, pandocHtml), options.Runs);
        TryPeer(results, $"pandoc HTML, {reference} reports", Peers.PandocAll(archives[reference], Path.Combine(peers, "pandoc-all")), RunsFor(reference));
        TryPeer(results, "Hugo HTML, 2021 report", Peers.Hugo(archives[1], Path.Combine(peers, "hugo-1")), options.Runs);
        TryPeer(results, $"Hugo HTML, {reference} reports", Peers.Hugo(archives[reference], Path.Combine(peers, $"hugo-{reference}")), options.Runs);
        var typst = Path.Combine(peers, "typst.pdf");
        TryPeer(results, TypstPeer, Peers.Typst(options.Repo, report2021, Path.Combine(peers, "report-2021.typ"), typst), options.Runs);
        if (File.Exists(typst))
        {
            results.Sizes["typst.pdf"] = new FileInfo(typst).Length;
        }

        var ownPage = Directory.EnumerateFiles(Output(Installed, 1, all: true), "index.html", SearchOption.AllDirectories)
            .Where(p => Path.GetDirectoryName(p) != Output(Installed, 1, all: true)).FirstOrDefault();
        var pdfSource = ownPage ?? pandocHtml;
        results.PdfSource = ownPage is null ? "pandoc's HTML of the 2021 report (SiteGen's report page not built yet)" : "SiteGen's HTML page of the 2021 report";
        // No goal compares with these any more (Typst is the PDF peer now): one run each, for the record.
        TryPeer(results, "WeasyPrint PDF, 2021 report", Peers.WeasyPrint(pdfSource, Path.Combine(peers, "weasyprint.pdf")), 1);
        TryPeer(results, "Chromium print-to-PDF, 2021 report", Peers.Chromium(pdfSource, Path.Combine(peers, "chromium.pdf"), Path.Combine(peers, "chromium-profile")), 1);
        return results;
    }

    public const string TypstPeer = "Typst PDF, 2021 report";

    /// <summary>Fewer runs for the big all-format builds, which are the slow ones: --heavy-runs at 100, --huge-runs at 1,000.</summary>
    private int RunsFor(int n) => n >= 1000 ? Math.Min(options.HugeRuns, options.Runs) : n >= 100 ? Math.Min(options.HeavyRuns, options.Runs) : options.Runs;

    /// <summary>
    /// The big all-format builds skip the warm-up on a shared machine (it would double the longest part of the run);
    /// their first timed run then writes every file instead of linking the unchanged ones, a slight disadvantage.
    /// </summary>
    private Measured Build(string variant, int n, bool all, int runs) =>
        Measured.Run($"SiteGen {variant} {(all ? "all formats" : "HTML only")}, N={n}", options.Work,
            Command(variant, n, all, "--no-cache", "--quiet"), runs, warmUp: !all || n < options.NoWarmUpFrom);

    private Measured Incremental(int n, BenchResults results)
    {
        var report = Directory.EnumerateFiles(archives[n], "report.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(n / 2);
        var original = File.ReadAllText(report);
        var command = Command(Installed, n, all: true, "--quiet");
        // Filling the cache is a cold build of every format; its --verbose output is the profile.
        var cache = Path.GetDirectoryName(Output(Installed, n, all: true))!;
        if (Directory.Exists(Path.Combine(cache, ".sitegen-cache")))
        {
            Directory.Delete(Path.Combine(cache, ".sitegen-cache"), recursive: true);
        }

        var verbose = Command(Installed, n, all: true, "--verbose");
        results.Profile = Machine.Output(verbose[0], [.. verbose.Skip(1)]) ?? "(the verbose build failed)";
        try
        {
            return Measured.Run($"SiteGen {Installed} all formats, N={n}, one report edited", options.Work, command, options.Runs,
                run => File.WriteAllText(report, original + string.Create(CultureInfo.InvariantCulture, $"\n第{run}次修改。\n")));
        }
        finally
        {
            File.WriteAllText(report, original);
        }
    }

    private List<string> Command(string variant, int n, bool all, params string[] extra) => Command(variant, n, all ? "all" : "html", extra);

    /// <summary>A build of archive <paramref name="n"/>; <paramref name="formats"/> is "all" or a --formats list.</summary>
    private List<string> Command(string variant, int n, string formats, params string[] extra)
    {
        var folder = variant == Installed ? options.CliInstalled : options.CliJit;
        var il = Path.Combine(folder, "SiteGen.Cli.dll");
        // The JIT variant is IL run by dotnet; the installed one a native program (IL only where .NET has no native target).
        List<string> command = File.Exists(il) ? ["dotnet", il] : [Path.Combine(folder, "SiteGen.Cli")];
        command.AddRange(["build", "--input", archives[n], "--output", Output(variant, n, formats)]);
        if (formats != "all")
        {
            command.AddRange(["--formats", formats]);
        }

        command.AddRange(extra);
        return command;
    }

    private string Output(string variant, int n, bool all) => Output(variant, n, all ? "all" : "html");

    private string Output(string variant, int n, string formats) =>
        Path.Combine(options.Work, $"archive-{n}", $"output-{variant.ToLowerInvariant()}-{formats.Replace(',', '-')}");

    private static string Produced(string output)
    {
        if (!Directory.Exists(output) || !Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any())
        {
            return "no files (no render step was on main when this ran; only read, parse and link were timed)";
        }

        var kinds = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .GroupBy(f => Path.GetExtension(f).ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {(g.Key.Length == 0 ? "(no extension)" : g.Key)}");
        return string.Join(", ", kinds);
    }

    private void TryPeer(BenchResults results, string name, IReadOnlyList<string> command, int runs)
    {
        try
        {
            results.Peers[name] = Measured.Run(name, options.Work, command, runs);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.WriteLine($"  {name}: not measured ({e.Message.Split('\n')[0]})");
        }
    }
}
