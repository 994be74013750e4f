using System.Text.Json;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>One Nu HTML Checker message. Type is "error", "info" (SubType "warning" for warnings) or "non-document-error".</summary>
public sealed record VnuMessage(string File, string Type, string? SubType, int? Line, int? Column, string Message, string? Extract)
{
    public bool IsError => Type is "error" or "non-document-error";
    public bool IsWarning => Type == "info" && SubType == "warning";
    public override string ToString() => $"{File}:{Line}:{Column}: {Type}{(SubType is null ? "" : "/" + SubType)}: {Message}";
}

/// <summary>
/// The Nu HTML Checker (vnu.jar from the npm package vnu-jar), run once per call on all the
/// given files so the JVM starts only once.
/// </summary>
public static class VnuChecker
{
    /// <summary>
    /// Validates the files; returns errors only (plus warnings when <paramref name="includeWarnings"/>).
    /// A missing file throws: vnu itself silently reports nothing for it.
    /// </summary>
    public static IReadOnlyList<VnuMessage> Check(IEnumerable<string> htmlFiles, bool includeWarnings = false)
    {
        Tools.Require(Tool.Vnu);
        var files = htmlFiles.Select(Path.GetFullPath).ToList();
        if (files.Count == 0)
            throw new ArgumentException("no HTML files given", nameof(htmlFiles));
        foreach (var f in files)
            if (!File.Exists(f)) throw new FileNotFoundException("HTML file to validate not found", f);

        var args = new List<string> { "-Xss8m", "-jar", Tools.VnuJar, "--format", "json" };
        if (!includeWarnings) args.Add("--errors-only");
        // vnu skips stylesheets unless asked; a .css among the files means "check it too".
        if (files.Any(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase))) args.Add("--also-check-css");
        // vnu picks the parser by extension: .xhtml as XML (EPUB content documents), .html as HTML.
        args.AddRange(files);
        var result = ProcessRunner.Run("java", args, TimeSpan.FromMinutes(10));

        // vnu writes its JSON report to stderr; accept stdout too in case that changes.
        var json = new[] { result.StdErr, result.StdOut }.Select(s => s.Trim()).FirstOrDefault(s => s.StartsWith('{'))
            ?? throw new InvalidOperationException($"vnu produced no JSON report:\n{result}");
        var byUrl = files.ToDictionary(f => new Uri(f).AbsoluteUri, f => f);

        var messages = new List<VnuMessage>();
        using var doc = JsonDocument.Parse(json);
        foreach (var m in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var url = Str(m, "url") ?? "";
            var file = byUrl.TryGetValue(NormaliseUrl(url), out var f) ? f : url;
            var msg = new VnuMessage(
                file,
                Str(m, "type") ?? "error",
                Str(m, "subType"),
                Int(m, "lastLine"),
                Int(m, "firstColumn") ?? Int(m, "lastColumn"),
                Str(m, "message") ?? "",
                Str(m, "extract"));
            if (msg.IsError || includeWarnings)
                messages.Add(msg);
        }
        if (result.ExitCode != 0 && !messages.Any(m => m.IsError))
            throw new InvalidOperationException($"vnu failed without reporting an error:\n{result}");
        return messages;
    }

    /// <summary>Validates every .html file under a folder (recursively) in one run.</summary>
    public static IReadOnlyList<VnuMessage> CheckDirectory(string directory, bool includeWarnings = false) =>
        Check(Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal), includeWarnings);

    /// <summary>vnu reports "file:/tmp/x.html"; .NET writes "file:///tmp/x.html".</summary>
    private static string NormaliseUrl(string url) =>
        url.StartsWith("file:/", StringComparison.Ordinal) && !url.StartsWith("file:///", StringComparison.Ordinal)
            ? "file:///" + url["file:/".Length..]
            : url;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
