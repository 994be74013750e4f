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
        var largest = sizes[^1];
        text.AppendLine("# SiteGen benchmark results").AppendLine()
            .AppendLine("Written by `bash tests/SiteGen.Benchmarks/run.sh`; do not edit by hand. Each figure is the median wall time of")
            .AppendLine(F($"{options.Runs} runs ({Math.Min(options.HeavyRuns, options.Runs)} for the {options.Sizes.Max()}-report all-format build) after one warm-up, each build a separate process; memory is the"))
            .AppendLine("highest peak resident set (`/usr/bin/time` max RSS) over those runs. \"Cold\" means `--no-cache`: every report is")
            .AppendLine("parsed, typeset and packed again; the output folder still holds the previous run's build, as it would in use, so")
            .AppendLine("files that come out byte for byte the same are linked instead of written (the `write: output folder` counter).").AppendLine()
            .AppendLine("| | |").AppendLine("| --- | --- |");
        foreach (var (what, value) in Machine.Describe())
        {
            text.AppendLine($"| {what} | {value.Replace("|", "/", StringComparison.Ordinal).Replace('\n', ' ')} |");
        }

        text.AppendLine().AppendLine($"What a SiteGen build of the 2021 report produced: {r.Produced}.").AppendLine()
            .AppendLine("## SiteGen, whole builds as processes").AppendLine()
            .AppendLine("| build | " + string.Join(" | ", sizes.Select(n => $"N = {n}")) + " |")
            .AppendLine("| --- |" + string.Concat(sizes.Select(_ => " --- |")));
        foreach (var (variant, formats) in new[] { (Bench.R2R, "all"), (Bench.Jit, "all"), (Bench.R2R, "html"), (Bench.Jit, "html") })
        {
            var cells = sizes.Select(n => r.SiteGen.TryGetValue((variant, formats, n), out var m) ? m.Cell : "–");
            text.AppendLine($"| {variant}, {(formats == "all" ? "every format" : "HTML only")}, cold | {string.Join(" | ", cells)} |");
        }

        if (r.Incremental is { } inc)
        {
            text.AppendLine().AppendLine(F($"Incremental: after editing one report of {largest}, a rebuild with the cache (every format, {Bench.R2R}): **{inc.Cell}**."));
        }

        text.AppendLine().AppendLine("## Peers on the same reports").AppendLine().AppendLine("| tool | time, peak memory |").AppendLine("| --- | --- |");
        foreach (var (name, m) in r.Peers)
        {
            text.AppendLine($"| {name} | {m.Cell} |");
        }

        text.AppendLine().AppendLine($"The PDF peers were given {r.PdfSource}.").AppendLine();
        AppendGoals(text, r, largest, sizes);
        text.AppendLine().AppendLine(F($"## Where the time goes (`sitegen build --verbose`, N = {largest}, {Bench.R2R}, cold, filling the cache)")).AppendLine()
            .AppendLine("```").AppendLine(r.Profile).AppendLine("```");
        return text.ToString();
    }

    private static void AppendGoals(StringBuilder text, BenchResults r, int largest, int[] sizes)
    {
        text.AppendLine("## Goals (ratios from this run)").AppendLine().AppendLine("| goal | figures | met |").AppendLine("| --- | --- | --- |");
        var one = r.SiteGen.GetValueOrDefault((Bench.R2R, "all", 1));
        var chromium = r.Peers.GetValueOrDefault("Chromium print-to-PDF, 2021 report");
        var weasy = r.Peers.GetValueOrDefault("WeasyPrint PDF, 2021 report");
        Goal(text, "every format of the 2021 report, one cold process, faster than Chromium's one PDF",
            one, chromium, (a, b) => F($"{a.Seconds:F2} s vs {b.Seconds:F2} s = {a.Seconds / b.Seconds:F2} ×"), (a, b) => a.Seconds < b.Seconds);
        Goal(text, "… and under 0.15 × WeasyPrint's time",
            one, weasy, (a, b) => F($"{a.Seconds:F2} s vs {b.Seconds:F2} s = {a.Seconds / b.Seconds:F3} ×"), (a, b) => a.Seconds < 0.15 * b.Seconds);
        Goal(text, F($"HTML only, {largest} reports, within 2 × Hugo's time for the same pages"),
            r.SiteGen.GetValueOrDefault((Bench.R2R, "html", largest)), r.Peers.GetValueOrDefault($"Hugo HTML, {largest} reports"),
            (a, b) => F($"{a.Seconds:F2} s vs {b.Seconds:F2} s = {a.Seconds / b.Seconds:F2} ×"), (a, b) => a.Seconds <= 2 * b.Seconds);
        var all = r.SiteGen.GetValueOrDefault((Bench.R2R, "all", largest));
        Goal(text, F($"{largest} reports, every format, within 20 s and 500 MiB"), all, all,
            (a, _) => F($"{a.Seconds:F2} s, {a.PeakMiB:F0} MiB"), (a, _) => a.Seconds <= 20 && a.PeakMiB <= 500);
        Goal(text, F($"incremental rebuild of {largest} after editing one report within 1 s"), r.Incremental, r.Incremental,
            (a, _) => F($"{a.Seconds:F2} s"), (a, _) => a.Seconds <= 1);
        if (sizes.Length >= 3 && r.SiteGen.TryGetValue((Bench.R2R, "all", sizes[0]), out var t0)
            && r.SiteGen.TryGetValue((Bench.R2R, "all", sizes[1]), out var t1) && r.SiteGen.TryGetValue((Bench.R2R, "all", sizes[2]), out var t2))
        {
            // Linear: the cost per extra report from the middle size to the largest is at most 1.3 × that from the
            // smallest to the middle, give or take 5 ms of process noise.
            var early = (t1.Seconds - t0.Seconds) / (sizes[1] - sizes[0]);
            var late = (t2.Seconds - t1.Seconds) / (sizes[2] - sizes[1]);
            text.AppendLine(F($"| time grows linearly with N (every format) | {early * 1000:F0} ms per report from N={sizes[0]} to {sizes[1]}, {late * 1000:F0} ms from {sizes[1]} to {sizes[2]} | {(late <= 1.3 * early + 0.005 ? "yes" : "**no**")} |"));
        }
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
