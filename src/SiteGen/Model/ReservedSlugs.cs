namespace SiteGen.Model;

/// <summary>
/// Top-level folder names the site itself writes into the output folder; a report's slug names its folder
/// there too, so a report may not take one of these (its pages would mix with, or replace, the site's own).
/// A test builds every format and checks that no other top-level folder is written.
/// </summary>
public static class ReservedSlugs
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "assets", "archive", "search" };
}
