using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;
using SiteGen.Html;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// An input folder built once through ingestion and the HTML steps into a temporary folder. Stand-in PDF and
/// EPUB entries are added between the two report-page runs, as the PDF and EPUB steps will, so the downloads
/// block is rendered and checked too.
/// </summary>
public abstract class BuiltSite : IDisposable
{
    protected BuiltSite(string inputDirectory, params IBuildStep[] beforeRender)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-html-" + Guid.NewGuid().ToString("N")[..12]);
        var options = new BuildOptions
        {
            InputDirectory = inputDirectory,
            OutputDirectory = Root,
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
        };
        var diagnostics = new DiagnosticBag();
        var phases = SitePipeline.CheckPhases.Add(new Phase("render",
            [.. beforeRender, .. SitePipelineSteps.ReportPages, new AddStandInFormats(), .. SitePipelineSteps.ReportPages, .. SitePipelineSteps.SitePages]));
        State = new BuildPipeline(phases).Run(new BuildState(), new BuildContext(options, diagnostics, NullBuildLog.Instance));
        Diagnostics = diagnostics.Sorted();
        OutputWriter.WriteAtomically(State.Files.Values, Root);
    }

    public string Root { get; }
    public BuildState State { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<string> HtmlPages =>
        State.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();

    public virtual void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private sealed class AddStandInFormats : IBuildStep
    {
        public string Name => nameof(AddStandInFormats);

        public BuildState Run(BuildState state, BuildContext context)
        {
            foreach (var report in state.Reports)
            {
                var pdf = new OutputFile($"{report.Slug}/{report.Slug}.pdf", new byte[345_678]);
                var epub = new OutputFile($"{report.Slug}/{report.Slug}.epub", new byte[45_678]);
                state = state.WithFile(pdf).WithFile(epub)
                    .WithFormat(report.Slug, new ReportFormat(FormatKinds.ScreenPdf, "PDF（屏幕版）", pdf.Path, "application/pdf", pdf.Size, 12))
                    .WithFormat(report.Slug, new ReportFormat(FormatKinds.Epub, "EPUB 电子书", epub.Path, "application/epub+zip", epub.Size));
            }

            return state;
        }
    }
}
