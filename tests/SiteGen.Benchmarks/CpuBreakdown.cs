using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// RESULTS.md's split of one cold build's CPU (issue 10, the Typst comparison): by format, from three process
/// measurements (HTML only; HTML and PDF; every format), and inside the PDF editions by phase, from the `[CPU]`
/// counters and the process-wide JIT and GC counters of the `--verbose` build.
/// </summary>
internal static partial class CpuBreakdown
{
    public const string HtmlAndPdf = "html,pdf";

    private static readonly (string Counter, string Phase)[] Phases =
    [
        ("pdf: find fonts (fontconfig queries, open faces)", "find fonts (fontconfig queries in-process, open the faces)"),
        ("pdf: map the report to the engine's model", "map the report to the engine's model"),
        ("pdf: layout (line breaking, pages, HarfBuzz widths)", "layout (line breaking, pages, HarfBuzz widths)"),
        ("pdf: subset fonts (HarfBuzz)", "subset fonts (HarfBuzz)"),
        ("pdf: draw pages (PDFsharp)", "draw the recorded pages (PDFsharp)"),
        ("pdf: save (PDFsharp)", "save (PDFsharp)"),
        ("pdf: rewrite after save (CFF, ToUnicode, tags, deflate, XMP)", "rewrite after save (CFF, ToUnicode, tags, deflate, XMP)"),
    ];

    public static void Append(StringBuilder text, BenchResults r)
    {
        var all = r.SiteGen.GetValueOrDefault((Bench.Installed, "all", 1));
        var html = r.SiteGen.GetValueOrDefault((Bench.Installed, "html", 1));
        var pdf = r.SiteGen.GetValueOrDefault((Bench.Installed, HtmlAndPdf, 1));
        var typst = r.Peers.GetValueOrDefault(Bench.TypstPeer);
        text.AppendLine().AppendLine(F($"## Where the CPU goes: one cold build of the 2021 report ({Bench.Installed}, issue 10)")).AppendLine();
        if (all is null || html is null || pdf is null)
        {
            text.AppendLine("Not measured in this run (the one-report builds by format are missing).");
            return;
        }

        var counters = Counters(r.ProfileOne);
        text.AppendLine("CPU time (user + system, all threads and child processes, median of the runs above) of one process per")
            .AppendLine("build, split by what it was asked to make; the PDF and EPUB shares are differences between builds.").AppendLine()
            .AppendLine("| part of the build | CPU | share |").AppendLine("| --- | ---: | ---: |");
        Row(text, "every format, the whole process", all.CpuSeconds, all.CpuSeconds);
        Row(text, "start-up, reading, parsing, linking, HTML pages (`--formats html`)", html.CpuSeconds, all.CpuSeconds);
        Row(text, "the three PDF editions (`--formats html,pdf` less HTML only)", pdf.CpuSeconds - html.CpuSeconds, all.CpuSeconds);
        Row(text, "EPUB and bag (every format less `html,pdf`)", all.CpuSeconds - pdf.CpuSeconds, all.CpuSeconds);
        if (typst is not null)
        {
            text.AppendLine(F($"| Typst, its one PDF of the same report | {typst.CpuSeconds:F2} s | {typst.CpuSeconds / all.CpuSeconds:P0} |"));
        }

        text.AppendLine().AppendLine("Inside the PDF editions (the `--verbose` build above): the CPU of the threads doing each phase, the three")
            .AppendLine("editions summed. What the phases do not see is runtime work on other threads or between phases: the")
            .AppendLine("collector, and start-up (the native program compiles nothing; fontconfig is asked in-process, no child processes).").AppendLine()
            .AppendLine("| phase (three editions) | CPU |").AppendLine("| --- | ---: |");
        var seen = 0.0;
        foreach (var (counter, phase) in Phases)
        {
            if (!counters.TryGetValue(counter + " [CPU]", out var c)) continue;
            seen += c.Ms;
            text.AppendLine(F($"| {phase} | {c.Ms:F0} ms |"));
        }

        text.AppendLine(F($"| **the phases together** | **{seen:F0} ms** |"));
        text.AppendLine(F($"| the PDF share above less the phases: runtime work (JIT, type loading, collector) | {(pdf.CpuSeconds - html.CpuSeconds) * 1000 - seen:F0} ms |")).AppendLine();
        if (counters.TryGetValue("process: JIT compiling (methods; wall time, all threads)", out var jit))
        {
            text.AppendLine(F($"Process-wide in that build: {jit.Count:N0} methods JIT-compiled ({jit.Ms:F0} ms summed over threads, wall clock, waits included)"));
        }

        if (counters.TryGetValue("process: GC pauses (collections)", out var gc))
        {
            text.AppendLine(F($"and {gc.Count} garbage collections pausing {gc.Ms:F0} ms in all."));
        }
    }

    private static void Row(StringBuilder text, string part, double cpu, double whole) =>
        text.AppendLine(F($"| {part} | {cpu:F2} s | {cpu / whole:P0} |"));

    /// <summary>The `counter` lines of a --verbose build: name → (times, milliseconds).</summary>
    internal static Dictionary<string, (int Count, double Ms)> Counters(string verbose)
    {
        var counters = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
        foreach (Match m in CounterLine().Matches(verbose))
        {
            counters[m.Groups[1].Value.Trim()] = (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        return counters;
    }

    [GeneratedRegex(@"^\s*counter\s+(.+?)\s+(\d+) times\s+([\d.]+) ms\s*$", RegexOptions.Multiline)]
    private static partial Regex CounterLine();

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
