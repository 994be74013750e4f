namespace SiteGen.Model;

/// <summary>
/// Which version of a report a build publishes: 1 as first published, one more for each revision in its front
/// matter. Decided here once: the bag's name and bag-info.txt, and manifest.json's list of versions, read it.
/// </summary>
/// <param name="Number">1 for the report as first published, n + 1 after n revisions.</param>
/// <param name="Date">The day this version was published: the latest revision's date, else the report's.</param>
/// <param name="Note">The latest revision's note; null for the first version.</param>
public sealed record ReportVersion(int Number, DateOnly Date, string? Note)
{
    public static ReportVersion Of(ReportMetadata metadata) =>
        new(metadata.Revisions.Length + 1, metadata.Modified, metadata.LatestRevision?.Note);
}
