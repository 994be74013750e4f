namespace SiteGen.Model;

/// <summary>Where a file that lies in the input folder is published, relative to its report's folder (&lt;slug&gt;/).</summary>
public static class PublishedPaths
{
    /// <summary>The same place it has beside the Markdown, or media/&lt;input path&gt; when it lies outside the report's folder.</summary>
    public static string Beside(string reportSourcePath, string inputPath)
    {
        var reportFolder = Path.GetDirectoryName(reportSourcePath)?.Replace('\\', '/') ?? string.Empty;
        var relative = reportFolder.Length == 0 ? inputPath : Path.GetRelativePath(reportFolder, inputPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".."
            ? "media/" + inputPath
            : relative;
    }

    /// <summary>
    /// Whether <paramref name="sitePath"/> is a name the build itself writes in the report's folder: the page,
    /// and the PDF editions and EPUB, all named after the slug.
    /// </summary>
    public static bool IsGenerated(string slug, string sitePath) =>
        !sitePath.Contains('/') &&
        (sitePath.Equals("index.html", StringComparison.OrdinalIgnoreCase) ||
         (sitePath.StartsWith(slug, StringComparison.OrdinalIgnoreCase) &&
          Path.GetExtension(sitePath).ToLowerInvariant() is ".pdf" or ".epub"));

    /// <summary>Percent-encodes each segment of a relative path, keeping the slashes (an href).</summary>
    public static string Href(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
}
