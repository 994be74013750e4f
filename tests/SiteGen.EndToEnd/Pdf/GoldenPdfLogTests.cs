using SiteGen.Tests.Shared;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Model;
using SiteGen.Pdf;
using SiteGen.Pipeline;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>
/// Golden recording-canvas logs of the rich sample (the same reports as the page and EPUB goldens) in each shipped
/// PDF edition, through the real path: the build's read, parse and link phases, the report-to-engine mapper, the
/// edition files in templates/editions and the real fonts, laid out as the PDF step does (PdfEditions.Layout shares
/// the PDF step's preparation). Every text run, rule, image, link, tag and artifact with its position: any change to
/// what an edition sets shows in review as a diff of Golden/*.log. The engine-level goldens
/// (SiteGen.Typesetting.Tests/Golden) pin the engine without ingestion. After an intended change:
///   SITEGEN_UPDATE_GOLDEN=1 dotnet test tests/SiteGen.EndToEnd --filter FullyQualifiedName~GoldenPdfLog
/// then read the diff and commit the logs with the change.
/// </summary>
public sealed class GoldenPdfLogTests(ParsedRichSample sample) : IClassFixture<ParsedRichSample>
{
    public static TheoryData<string, string> Logs => new()
    {
        { "rich-2020", "screen" }, { "rich-2020", "print" }, { "rich-2020", "large-print" },
        { "english-2019", "screen" }, { "english-2019", "print" }, { "english-2019", "large-print" },
    };

    [Theory]
    [MemberData(nameof(Logs))]
    public void The_edition_log_matches_its_committed_golden_file(string slug, string edition)
    {
        GoldenFile.AssertMatches(sample.Log(slug, edition), Path.Combine(Tools.RepoRoot, "tests", "SiteGen.EndToEnd", "Golden", $"{slug}.{edition}.log"), $"the {edition} edition of {slug}");
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    [InlineData("large-print")]
    public void The_logged_layout_is_the_one_the_build_writes(string edition)
    {
        // The log comes from PdfEditions.Layout, the PDF from PdfEditions.Render: same pages, every anchor on the same page.
        var (logged, written) = sample.Both("rich-2020", edition);
        Assert.Equal(written, logged);
        Assert.Contains("fig-1=", logged.Anchors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_is_the_same_on_a_second_layout_and_names_no_path_of_this_machine()
    {
        var first = sample.Log("rich-2020", "print");
        Assert.Equal(first, sample.Log("rich-2020", "print"));
        Assert.DoesNotContain(sample.InputDirectory, first, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), first, StringComparison.Ordinal);
        Assert.DoesNotContain(Tools.RepoRoot, first, StringComparison.Ordinal);
    }
}

/// <summary>The rich sample after the build's read, parse and link phases, with the shipped edition files.</summary>
public sealed class ParsedRichSample : IDisposable
{
    private readonly TempDir _input = Html.RichSampleInput.Create();
    private readonly BuildState _state;
    private readonly IReadOnlyList<PdfEdition> _editions;

    public ParsedRichSample()
    {
        var options = new BuildOptions
        {
            InputDirectory = _input.Path,
            OutputDirectory = _input.Combine("never-written"),
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            MaxParallelism = 2,
        };
        var diagnostics = new DiagnosticBag();
        _state = new BuildPipeline(SitePipeline.CheckPhases).Run(new BuildState(), new BuildContext(options, diagnostics, NullBuildLog.Instance));
        _editions = EditionSettingsLoader.Load(null, options.DefaultTemplatesDirectory, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
    }

    public string InputDirectory => _input.Path;

    /// <summary>The recording canvas's log of one report in one shipped edition; the layout reports no problem.</summary>
    public string Log(string slug, string edition)
    {
        var report = _state.Reports.Single(r => r.Slug == slug);
        var canvas = new RecordingCanvas { Detailed = true };
        var diagnostics = new DiagnosticBag();
        var images = FigureImages.Load(report, _input.Path);
        PdfEditions.Layout(report, _editions.Single(e => e.Name == edition), _input.Path, canvas, diagnostics, images, MetadataRecord.Of(report, _state.Site));
        Assert.Empty(diagnostics.Sorted());
        return canvas.ToString();
    }

    /// <summary>Page count and anchor pages of the layout the log records, and of the PDF the build writes.</summary>
    public ((int Pages, string Anchors) Logged, (int Pages, string Anchors) Written) Both(string slug, string edition)
    {
        var report = _state.Reports.Single(r => r.Slug == slug);
        var images = FigureImages.Load(report, _input.Path);
        var record = MetadataRecord.Of(report, _state.Site);
        var pdfEdition = _editions.Single(e => e.Name == edition);
        var bag = new DiagnosticBag();
        var logged = PdfEditions.Layout(report, pdfEdition, _input.Path, new RecordingCanvas(), bag, images, record);
        var written = PdfEditions.Render(report, pdfEdition, _input.Path, bag, images, record);
        Assert.Empty(bag.Sorted());
        Assert.NotEmpty(written.Pdf);
        static string Anchors(IReadOnlyDictionary<string, int> pages) => string.Join(" ", pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return ((logged.PageCount, Anchors(logged.AnchorPages)), (written.PageCount, Anchors(written.AnchorPages)));
    }

    public void Dispose() => _input.Dispose();
}
