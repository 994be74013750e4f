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
        // the key already covers) and the shared files its pages reference. The key takes every shared file a
        // bag could hold, path and hash, the same for all reports: finding which ones a page references means
        // reading and scanning the page, which cost every unchanged report of an incremental build its time.
        var shared = SharedFiles(state);
        return ReportWork.Run(state, context, Name, (report, diagnostics) =>
        {
            OutputFile bag;
            using (context.Counters.Measure("bag: collect and zip"))
            {
                bag = BagWriter.Write(report, state, context, BundleFormat.PathOf(report));
            }

            return CachedOutput.Of([bag], BundleFormat.For(report, bag.Size));
        }, _ => shared);
    }

    private static string[] SharedFiles(BuildState state) =>
        [.. BagPayload.SharedCandidates(state).Select(path => $"{path}|{state.Files[path].Sha256}")];
}
