using SiteGen.Tests.Shared;
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
        GoldenFile.AssertMatches(canvas.ToString(), Path.Combine(SourceFolder(), edition + ".log"), $"{edition}: the layout");
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
