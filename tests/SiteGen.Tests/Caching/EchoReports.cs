using System.Text;
using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Caching;

/// <summary>A stand-in render step: one file and one format per report through the cache, and a warning for reports marked "warn".</summary>
internal sealed class EchoReports : IBuildStep
{
    public string Name => nameof(EchoReports);

    public int Runs;

    public BuildState Run(BuildState state, BuildContext context)
    {
        foreach (var report in state.Reports)
        {
            var made = context.Cache.GetOrCreate(Name, report, state, diagnostics => Render(report, context, diagnostics));
            state = made.ApplyTo(state, report.Slug);
        }

        return state;
    }

    private CachedOutput Render(Model.Report report, BuildContext context, DiagnosticBag diagnostics)
    {
        Interlocked.Increment(ref Runs);
        if (report.SourceText.Contains("warn", StringComparison.Ordinal))
        {
            diagnostics.Warning("SG999", Messages.TemplateProblem.With("this report asked for a warning"), // a catalogue message quoting free text, as Scriban's are
                new SourceLocation(report.SourcePath, 1, 1));
        }

        if (report.SourceText.Contains("fail", StringComparison.Ordinal))
        {
            diagnostics.Error("SG998", Messages.TemplateProblem.With("this report asked for an error"), new SourceLocation(report.SourcePath, 1, 1));
        }

        var content = Encoding.UTF8.GetBytes(report.Metadata.Title + "\n" + report.SourceText.Length);
        var path = $"{report.Slug}/echo.txt";
        return CachedOutput.Of([context.Output.Write(path, content)], new ReportFormat(FormatKinds.Html, "Echo", path, "text/plain", content.Length));
    }
}
