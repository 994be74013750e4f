using System.Text.Json;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>One failed check in Ace's report: its rule, impact, message and where (file and CSS/CFI pointer).</summary>
public sealed record AceViolation(string Rule, string Impact, string Description, string Where)
{
    public override string ToString() => $"{Impact} {Rule}: {Description} [{Where}]";
}

public sealed record AceResult(string EpubPath, string Outcome, IReadOnlyList<AceViolation> Violations, string Log)
{
    public string Describe() =>
        $"Ace on {EpubPath}: {Outcome}, {Violations.Count} violation(s)" + string.Concat(Violations.Select(v => "\n  " + v))
        + (Violations.Count == 0 && Outcome != "pass" ? "\n" + Log : "");
}

/// <summary>
/// Ace by DAISY 1.4.6 (npm @daisy/ace-cli) with its puppeteer axe runner and Debian's chromium
/// (PUPPETEER_EXECUTABLE_PATH; its Electron runner cannot be installed here). Reads report.json, never the
/// console: every failed assertion of every document is a violation.
/// </summary>
public static class AceChecker
{
    public static AceResult Check(string epubPath)
    {
        Tools.Require(Tool.Ace);
        var full = Path.GetFullPath(epubPath);
        if (!File.Exists(full)) throw new FileNotFoundException("EPUB to check not found", full);
        var work = Directory.CreateTempSubdirectory("sitegen-ace-");
        try
        {
            var outDir = Path.Combine(work.FullName, "report");
            var result = ProcessRunner.Run("node",
                [Tools.AceCli, "--silent", "--force", "--outdir", outDir, "--tempdir", Path.Combine(work.FullName, "tmp"), full],
                TimeSpan.FromMinutes(5), work.FullName, environment: new Dictionary<string, string>
                {
                    ["PUPPETEER_EXECUTABLE_PATH"] = Tools.ChromiumPath,
                    ["PUPPETEER_SKIP_DOWNLOAD"] = "1",
                });
            var reportPath = Path.Combine(outDir, "report.json");
            if (!File.Exists(reportPath))
                throw new InvalidOperationException("Ace wrote no report.json:\n" + result);
            using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
            var root = report.RootElement;
            var outcome = root.GetProperty("earl:result").GetProperty("earl:outcome").GetString() ?? "";
            var violations = new List<AceViolation>();
            foreach (var document in root.GetProperty("assertions").EnumerateArray())
            {
                var file = document.TryGetProperty("earl:testSubject", out var subject) && subject.TryGetProperty("url", out var url) ? url.GetString() : "";
                foreach (var assertion in document.GetProperty("assertions").EnumerateArray())
                {
                    var res = assertion.GetProperty("earl:result");
                    if (res.GetProperty("earl:outcome").GetString() != "fail") continue;
                    var test = assertion.GetProperty("earl:test");
                    var pointer = res.TryGetProperty("earl:pointer", out var p) ? p.ToString() : "";
                    violations.Add(new AceViolation(
                        test.GetProperty("dct:title").GetString() ?? "",
                        test.TryGetProperty("earl:impact", out var impact) ? impact.GetString() ?? "" : "",
                        res.TryGetProperty("dct:description", out var d) ? d.GetString() ?? "" : "",
                        $"{file} {pointer}"));
                }
            }
            return new AceResult(full, outcome, violations, result.ToString());
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
