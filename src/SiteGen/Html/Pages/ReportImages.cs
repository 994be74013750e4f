using SiteGen.Model;

namespace SiteGen.Html.Pages;

/// <summary>
/// Where a report's images are published: under the report's folder at the same relative place they had next
/// to the Markdown, or under media/ when they came from outside the report's folder.
/// </summary>
internal static class ReportImages
{
    /// <summary>The image's path relative to the report folder (&lt;slug&gt;/), or null when it has no file.</summary>
    public static string? RelativePath(Report report, string? inputPath)
    {
        if (inputPath is null)
        {
            return null;
        }

        return PublishedPaths.Beside(report.SourcePath, inputPath);
    }
}
