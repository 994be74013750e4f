using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>Builds one report's bag as a zip with a single top-level folder named after the slug.</summary>
internal static class BagWriter
{
    public static byte[] Write(Report report, BuildState state, BuildContext context)
    {
        var dublinCore = DublinCoreRecord.Write(report, state.Site, state.FormatsOf(report.Slug));
        var payload = BagPayload.Collect(report, state, context, dublinCore);
        var tags = BagTagFiles.For(report, state.Site, payload);
        var folder = report.Slug + "/";
        var entries = tags.Concat(payload).Select(f => new ZipItem(folder + f.Path, f.Content));
        return DeterministicZip.Create(entries, report.Metadata.Date);
    }
}
