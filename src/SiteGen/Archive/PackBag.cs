using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>
/// Package phase: writes archive/&lt;slug&gt;.zip, a BagIt bag of everything published for the report, and
/// lists it as the report's "bundle" format. Runs after the HTML page and every edition; it ignores earlier
/// bags and any previous bundle entry, so running it again over its own output gives the same bytes.
/// </summary>
public sealed class PackBag : IBuildStep
{
    public string Name => "PackBag";

    public BuildState Run(BuildState state, BuildContext context)
    {
        if (!context.Options.BuildArchive)
        {
            return state;
        }

        foreach (var report in state.Reports)
        {
            var path = $"archive/{report.Slug}.zip";
            var bytes = BagWriter.Write(report, state, context);
            var label = report.Metadata.Lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "归档包（BagIt）" : "Archive bundle (BagIt)";
            state = state.WithFile(new OutputFile(path, bytes))
                .WithFormat(report.Slug, new ReportFormat(FormatKinds.Bundle, label, path, "application/zip", bytes.LongLength));
        }

        return state;
    }
}
