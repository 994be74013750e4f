using SiteGen.Caching;
using SiteGen.Model;
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

        // Per report through the cache and in parallel. The bag holds the report's own files (functions of what
        // the key already covers) and the shared files its pages reference, whose paths and hashes join the key.
        return ReportWork.Run(state, context, Name, (report, diagnostics) =>
        {
            var path = $"archive/{report.Slug}.zip";
            byte[] bytes;
            using (context.Counters.Measure("bag: collect and zip"))
            {
                bytes = BagWriter.Write(report, state, context);
            }

            var label = Html.HtmlLanguage.For(report.Metadata.Lang).FormatLabel(FormatKinds.Bundle)!;
            return CachedOutput.Of([new OutputFile(path, bytes)], new ReportFormat(FormatKinds.Bundle, label, path, "application/zip", bytes.LongLength));
        }, report => SharedFiles(report, state));
    }

    private static string[] SharedFiles(Report report, BuildState state) =>
    [
        .. BagPayload.SitePaths(report.Slug, state)
            .Where(path => !path.StartsWith(report.Slug + "/", StringComparison.Ordinal))
            .Select(path => $"{path}|{Sha256.Hex(state.Files[path].Content)}"),
    ];
}
