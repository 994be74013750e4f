using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Tests.Pdf;

namespace SiteGen.Typesetting.Tests.Golden;

/// <summary>
/// Golden files: the recording-canvas log (every text run, line, image, link, tag and artifact with its position) of
/// a rich sample in each PDF edition, with the real fonts. Any change to layout or typography shows in review as a
/// diff of Golden/*.log. After an intended change, rewrite them with
///   SITEGEN_UPDATE_GOLDEN=1 dotnet test tests/SiteGen.Typesetting.Tests --filter FullyQualifiedName~GoldenLog
/// and commit the new logs with the change.
/// </summary>
public sealed class GoldenLogTests
{
    public static TheoryData<string> Editions => ["screen", "print", "large-print"];

    private static EditionSettings Settings(string edition) => edition switch
    {
        "print" => RenderedReport.Print,
        "large-print" => RenderedReport.Screen with { BodySize = 18, Leading = 1.6, HeadingSizes = [28, 24, 21, 19, 18, 18], FootnoteSize = 14, Level1Start = SectionStart.Continue },
        _ => RenderedReport.Screen,
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Recording_canvas_log_matches_the_committed_golden_file(string edition)
    {
        var settings = Settings(edition);
        var canvas = new RecordingCanvas();
        var result = Typesetter.Layout(GoldenSample.Document(), settings, canvas, new FontSetMeasurer(settings));
        Assert.Empty(result.Diagnostics);
        var actual = canvas.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(SourceFolder(), edition + ".log");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No golden file {path}; create it with SITEGEN_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{edition}: the layout differs from {path} at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "(end)")}\n  now:    {(line < a.Length ? a[line] : "(end)")}\n" +
                    "If the change is intended, rewrite the golden files with SITEGEN_UPDATE_GOLDEN=1 and commit them.");
    }

    /// <summary>This file's folder in the source tree (the logs are committed beside it).</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                return Path.Combine(dir.FullName, "tests", "SiteGen.Typesetting.Tests", "Golden");
        throw new InvalidOperationException($"SiteGen.sln not found above {AppContext.BaseDirectory}");
    }
}
