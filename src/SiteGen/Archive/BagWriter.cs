using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>Builds one report's bag as a zip with a single top-level folder named after the slug.</summary>
internal static class BagWriter
{
    /// <summary>Streams the bag into the staging folder at <paramref name="path"/>, reading the published files from there.</summary>
    public static OutputFile Write(Report report, BuildState state, BuildContext context, string path)
    {
        var dublinCore = DublinCoreRecord.Write(report, state.Site, state.FormatsOf(report.Slug));
        var payload = BagPayload.Collect(report, state, context, dublinCore);
        var tags = BagTagFiles.For(report, state.Site, payload);
        var folder = report.Slug + "/";
        if (payload.FirstOrDefault(f => Input.PortableNames.Problem(f.Path) is not null) is { } unportable)
        {
            // Ingestion refuses such names where they are written; one reaching the bag is a bug.
            throw new InvalidOperationException($"bag entry '{unportable.Path}' {Input.PortableNames.Problem(unportable.Path)}");
        }

        var entries = tags.Concat(payload).Select(f => new ZipSource(folder + f.Path, f.Open, Store: IsCompressed(f.Path)));
        return context.Output.Write(path, stream => DeterministicZip.Write(stream, entries, report.Metadata.Date));
    }

    /// <summary>
    /// Formats that are compressed already: deflating them again saves about 8% of a PDF's size and costs
    /// most of the time spent packing bags (measured: 6.6 of 7 s of CPU for 100 reports), so they are stored.
    /// </summary>
    private static bool IsCompressed(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".pdf" or ".epub" or ".zip" or ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".avif" or ".woff2";
}
