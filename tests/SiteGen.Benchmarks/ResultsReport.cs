using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>RESULTS.md: the machine, the figures, the ratios against the peers, and which goals were met.</summary>
internal static class ResultsReport
{
    public static string Write(BenchResults r, Arguments options)
    {
        var text = new StringBuilder();
        var sizes = options.Sizes.Order().ToArray();
        var reference = r.Reference;
        text.AppendLine("# SiteGen benchmark results").AppendLine()
            .AppendLine("Written by `bash tests/SiteGen.Benchmarks/run.sh`; do not edit by hand. Each figure is the median of")
            .AppendLine(F($"{options.Runs} runs ({Math.Min(options.HeavyRuns, options.Runs)} for the 100-report all-format build, {Math.Min(options.HugeRuns, options.Runs)} for 1,000; WeasyPrint and Chromium 1) after one"))
            .AppendLine(F($"warm-up (none for all-format builds of {options.NoWarmUpFrom} reports or more, which then write every file afresh), each build a"))
            .AppendLine("separate process: wall time, then in brackets CPU time (user + system, all threads), then the highest peak")
            .AppendLine("resident set (`/usr/bin/time` max RSS) over those runs. The machine is shared: the load average below says how")
            .AppendLine("busy it was, and other work stretches wall times far more than CPU times, so compare ratios within this run.")
            .AppendLine("\"Cold\" means `--no-cache`: every report is parsed, typeset and packed again; the output folder still holds the")
            .AppendLine("previous run's build, as it would in use, so files that come out byte for byte the same are linked, not written.").AppendLine()
            .AppendLine("| | |").AppendLine("| --- | --- |");
        foreach (var (what, value) in Machine.Describe())
        {
            text.AppendLine($"| {what} | {value.Replace("|", "/", StringComparison.Ordinal).Replace('\n', ' ')} |");
        }

        text.AppendLine().AppendLine($"What a SiteGen build of the 2021 report produced: {r.Produced}.").AppendLine()
            .AppendLine("## SiteGen, whole builds as processes").AppendLine()
            .AppendLine("| build | " + string.Join(" | ", sizes.Select(n => $"N = {n}")) + " |")
            .AppendLine("| --- |" + string.Concat(sizes.Select(_ => " --- |")));
        foreach (var (variant, formats) in new[] { (Bench.Installed, "all"), (Bench.Jit, "all"), (Bench.Installed, "html"), (Bench.Jit, "html") })
        {
            var cells = sizes.Select(n => r.SiteGen.TryGetValue((variant, formats, n), out var m) ? m.Cell : "–");
            text.AppendLine($"| {variant}, {(formats == "all" ? "every format" : "HTML only")}, cold | {string.Join(" | ", cells)} |");
        }

        if (r.Incremental is { } inc)
        {
            text.AppendLine().AppendLine(F($"Incremental: after editing one report of {reference}, a rebuild with the cache (every format, {Bench.Installed}): **{inc.Cell}**."));
        }

        text.AppendLine().AppendLine("## Peers on the same reports").AppendLine().AppendLine("| tool | time (CPU), peak memory |").AppendLine("| --- | --- |");
        foreach (var (name, m) in r.Peers)
        {
            text.AppendLine($"| {name} | {m.Cell} |");
        }

        text.AppendLine().AppendLine($"WeasyPrint and Chromium were given {r.PdfSource}. Typst set the same report from Typst markup the benchmark")
            .AppendLine("writes (`TypstSource.cs`: title, contents, headings, paragraphs, the figure's caption; Noto Serif CJK SC body and")
            .AppendLine("Noto Sans CJK SC headings, A4, justified, 2 em indent), with only the Noto CJK and DejaVu font folders.").AppendLine();
        if (r.Sizes.Count > 0)
        {
            text.AppendLine("File sizes (2021 report): " + string.Join(", ", r.Sizes.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => F($"{s.Key} {s.Value:N0} B"))) + ".").AppendLine();
        }

        AppendGoals(text, r, sizes);
        text.AppendLine().AppendLine(F($"## Where the time goes: every format of the 2021 report, one cold process (`--verbose`, {Bench.Installed})")).AppendLine()
            .AppendLine("Counters are summed over threads (the three editions run side by side); `[CPU]` is the CPU time of the thread")
            .AppendLine("doing the work, which other processes on the machine do not stretch. Fonts are found through the fontconfig")
            .AppendLine("library in-process (no fc-match child processes).").AppendLine()
            .AppendLine("```").AppendLine(r.ProfileOne).AppendLine("```");
        CpuBreakdown.Append(text, r);
        text.AppendLine().AppendLine(F($"## Where the time goes: N = {reference}, every format (`--verbose`, {Bench.Installed}, cold, filling the cache)")).AppendLine()
            .AppendLine("```").AppendLine(r.Profile).AppendLine("```");
        return text.ToString();
    }

    private static void AppendGoals(StringBuilder text, BenchResults r, int[] sizes)
    {
        var reference = r.Reference;
        var largest = sizes[^1];
        text.AppendLine("## Goals (ratios from this run)").AppendLine().AppendLine("| goal | figures | met |").AppendLine("| --- | --- | --- |");
        var one = r.SiteGen.GetValueOrDefault((Bench.Installed, "all", 1));
        Goal(text, "every format of the 2021 report, one cold process, within 1.0 × Typst's time for its one PDF",
            one, r.Peers.GetValueOrDefault(Bench.TypstPeer),
            (a, b) => F($"{a.Seconds:F2} s vs {b.Seconds:F2} s = {a.Seconds / b.Seconds:F2} × (CPU {a.CpuSeconds:F2} s vs {b.CpuSeconds:F2} s = {a.CpuSeconds / b.CpuSeconds:F2} ×)"),
            (a, b) => a.Seconds <= b.Seconds);
        Goal(text, F($"HTML only, {reference} reports, within 1.5 × Hugo's time for the same pages"),
            r.SiteGen.GetValueOrDefault((Bench.Installed, "html", reference)), r.Peers.GetValueOrDefault($"Hugo HTML, {reference} reports"),
            (a, b) => F($"{a.Seconds:F3} s vs {b.Seconds:F3} s = {a.Seconds / b.Seconds:F2} × (CPU {a.CpuSeconds:F2} s vs {b.CpuSeconds:F2} s = {a.CpuSeconds / b.CpuSeconds:F2} ×)"),
            (a, b) => a.Seconds <= 1.5 * b.Seconds);
        var hundred = r.SiteGen.GetValueOrDefault((Bench.Installed, "all", reference));
        Goal(text, F($"{reference} reports, every format: peak memory ≤ 400 MiB"), hundred, hundred,
            (a, _) => F($"{a.PeakMiB:F0} MiB"), (a, _) => a.PeakMiB <= 400);
        if (largest > reference)
        {
            var big = r.SiteGen.GetValueOrDefault((Bench.Installed, "all", largest));
            Goal(text, F($"{largest} reports, every format: peak memory ≤ 450 MiB"), big, big,
                (a, _) => F($"{a.PeakMiB:F0} MiB"), (a, _) => a.PeakMiB <= 450);
        }

        Goal(text, F($"incremental rebuild of {reference} after editing one report: ≤ 0.5 s and ≤ 300 MiB"), r.Incremental, r.Incremental,
            (a, _) => F($"{a.Seconds:F3} s ({a.CpuSeconds:F2} s CPU), {a.PeakMiB:F0} MiB"), (a, _) => a.Seconds <= 0.5 && a.PeakMiB <= 300);
        var all = sizes.Where(n => r.SiteGen.ContainsKey((Bench.Installed, "all", n))).ToArray();
        if (all.Length >= 3)
        {
            // Linear: the cost per extra report over the last step is at most 1.3 × that over the step before,
            // give or take 5 ms of process noise. On CPU time, which the machine's other work barely stretches.
            double Cpu(int n) => r.SiteGen[(Bench.Installed, "all", n)].CpuSeconds;
            var (a0, a1, a2) = (all[^3], all[^2], all[^1]);
            var early = (Cpu(a1) - Cpu(a0)) / (a1 - a0);
            var late = (Cpu(a2) - Cpu(a1)) / (a2 - a1);
            text.AppendLine(F($"| time linear in N (every format, CPU time per extra report) | {early * 1000:F0} ms per report from N={a0} to {a1}, {late * 1000:F0} ms from {a1} to {a2} | {(late <= 1.3 * early + 0.005 ? "yes" : "**no**")} |"));
        }

        Size(text, r, "the 2021 screen PDF ≤ 300 KB", n => n.EndsWith(".pdf", StringComparison.Ordinal) && !n.EndsWith("print.pdf", StringComparison.Ordinal) && n != "typst.pdf", 300_000);
        Size(text, r, "the 2021 report's bag ≤ 1 MB", n => n.EndsWith(".zip", StringComparison.Ordinal), 1_000_000);
    }

    private static void Size(StringBuilder text, BenchResults r, string goal, Func<string, bool> which, long limit)
    {
        var file = r.Sizes.Keys.Order(StringComparer.Ordinal).FirstOrDefault(which);
        text.AppendLine(file is null
            ? $"| {goal} | not measured | – |"
            : F($"| {goal} | {file}: {r.Sizes[file]:N0} B | {(r.Sizes[file] <= limit ? "yes" : "**no**")} |"));
    }

    private static void Goal(StringBuilder text, string goal, Measured? a, Measured? b, Func<Measured, Measured, string> figures, Func<Measured, Measured, bool> met)
    {
        if (a is null || b is null)
        {
            text.AppendLine($"| {goal} | not measured | – |");
            return;
        }

        text.AppendLine($"| {goal} | {figures(a, b)} | {(met(a, b) ? "yes" : "**no**")} |");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
