using System.Text.Json;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>One epubcheck message. Severity: FATAL, ERROR, WARNING, USAGE or INFO.</summary>
public sealed record EpubMessage(string Severity, string Id, string Message, IReadOnlyList<string> Locations)
{
    public bool IsError => Severity is "FATAL" or "ERROR";
    public bool IsWarning => Severity == "WARNING";
    public override string ToString() => $"{Severity} {Id}: {Message} [{string.Join(", ", Locations)}]";
}

/// <summary>Result of one epubcheck run.</summary>
public sealed record EpubCheckResult(string EpubPath, string CheckerVersion, int ExitCode, IReadOnlyList<EpubMessage> Messages)
{
    public IReadOnlyList<EpubMessage> Errors => Messages.Where(m => m.IsError).ToList();
    public IReadOnlyList<EpubMessage> Warnings => Messages.Where(m => m.IsWarning).ToList();

    /// <summary>No fatal errors, no errors, and epubcheck exited 0.</summary>
    public bool IsValid => ExitCode == 0 && Errors.Count == 0;

    public string Describe() =>
        $"epubcheck {CheckerVersion} on {EpubPath}: exit {ExitCode}, {Errors.Count} error(s), {Warnings.Count} warning(s)"
        + string.Concat(Messages.Select(m => "\n  " + m));
}

/// <summary>Debian's epubcheck 4.2.6, run as `java -jar epubcheck.jar FILE --json -`.</summary>
public static class EpubChecker
{
    public static EpubCheckResult Check(string epubPath)
    {
        Tools.Require(Tool.EpubCheck);
        var full = Path.GetFullPath(epubPath);
        if (!File.Exists(full))
            throw new FileNotFoundException("EPUB to check not found", full);

        // --json - : JSON report on stdout; -w: fatal, error and warning messages (no usage/info noise).
        var result = ProcessRunner.Run("java", ["-jar", Tools.EpubCheckJar, full, "--json", "-", "-w"], TimeSpan.FromMinutes(10));
        var start = result.StdOut.IndexOf('{');
        if (start < 0)
            throw new InvalidOperationException($"epubcheck produced no JSON report:\n{result}");

        using var doc = JsonDocument.Parse(result.StdOut[start..]);
        var root = doc.RootElement;
        var version = root.TryGetProperty("checker", out var checker) && checker.TryGetProperty("checkerVersion", out var cv)
            ? cv.GetString() ?? "?" : "?";
        var messages = new List<EpubMessage>();
        if (root.TryGetProperty("messages", out var list))
        {
            foreach (var m in list.EnumerateArray())
            {
                var locations = new List<string>();
                if (m.TryGetProperty("locations", out var locs) && locs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var l in locs.EnumerateArray())
                    {
                        var path = l.TryGetProperty("path", out var p) ? p.GetString() : null;
                        var line = l.TryGetProperty("line", out var ln) && ln.ValueKind == JsonValueKind.Number ? ln.GetInt32() : -1;
                        var col = l.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : -1;
                        locations.Add(line >= 0 ? $"{path}:{line}:{col}" : path ?? "");
                    }
                }
                messages.Add(new EpubMessage(
                    m.TryGetProperty("severity", out var s) ? s.GetString() ?? "" : "",
                    m.TryGetProperty("ID", out var id) ? id.GetString() ?? "" : "",
                    m.TryGetProperty("message", out var msg) ? msg.GetString() ?? "" : "",
                    locations));
            }
        }
        if (result.ExitCode != 0 && !messages.Any(m => m.IsError))
            throw new InvalidOperationException($"epubcheck failed without reporting an error:\n{result}");
        return new EpubCheckResult(full, version, result.ExitCode, messages);
    }
}
