using System.Text.Json;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Reads a PDF through pdf.js (npm pdfjs-dist, installed by .ci/install-test-deps into tests/SiteGen.EndToEnd/tools)
/// with tools/pdfjs-inspect.mjs: per page the text and structure tree, plus page labels and outline. Fails, never skips,
/// when node or the package is missing.
/// </summary>
internal static class PdfJs
{
    public static JsonElement Inspect(string pdfPath)
    {
        var tools = Path.Combine(RepoRoot(), "tests", "SiteGen.EndToEnd", "tools");
        var script = Path.Combine(tools, "pdfjs-inspect.mjs");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "pdfjs-dist")), "pdfjs-dist missing: run `bash .ci/install-test-deps`");
        var (exit, stdout, stderr) = PdfTool.Run("node", script, pdfPath);
        Assert.True(exit == 0, $"pdf.js failed on {pdfPath}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    public static string Text(JsonElement inspected) =>
        string.Concat(inspected.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException($"SiteGen.sln not found above {AppContext.BaseDirectory}");
    }
}
