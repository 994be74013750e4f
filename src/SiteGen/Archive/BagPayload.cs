using System.Text;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>
/// What goes under data/: the Markdown, its images and attachments as written (data/source/…), the report's published
/// files laid out as on the site (data/site/…) so the page's relative links work offline, and the Dublin
/// Core record (data/metadata/dc.xml).
/// </summary>
internal static class BagPayload
{
    public const string SourceFolder = "data/source/";
    public const string SiteFolder = "data/site/";
    public const string MetadataPath = "data/metadata/dc.xml";

    public static IReadOnlyList<BagFile> Collect(Report report, BuildState state, BuildContext context, byte[] dublinCore)
    {
        var files = new List<BagFile>
        {
            BagFile.Of(SourceFolder + report.SourcePath, ReadInput(context, report.SourcePath) ?? Encoding.UTF8.GetBytes(report.SourceText)),
        };
        foreach (var image in report.ImagePaths)
        {
            if (ReadInput(context, image) is { } bytes)
            {
                files.Add(BagFile.Of(SourceFolder + image, bytes));
            }
        }

        // An attachment's source copy is read from its published copy (the same bytes, checked when it was
        // copied), so a large file is streamed into the zip rather than held in memory twice.
        foreach (var attachment in report.Attachments.Where(a => !report.ImagePaths.Contains(a.InputPath)))
        {
            if (state.Files.TryGetValue($"{report.Slug}/{attachment.SitePath}", out var published))
            {
                files.Add(BagFile.Of(SourceFolder + attachment.InputPath, published));
            }
        }

        files.AddRange(SitePaths(report.Slug, state).Select(path => BagFile.Of(SiteFolder + path, state.Files[path])));
        files.Add(BagFile.Of(MetadataPath, dublinCore));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Output paths of the report's own folder plus the shared files its pages reference.</summary>
    public static SortedSet<string> SitePaths(string slug, BuildState state)
    {
        var own = state.Files.Keys.Where(path => path.StartsWith(slug + "/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var pageFolders = PageFolders(state, slug);
        return SiteReferences.Closure(own.Order(StringComparer.Ordinal), state.Files,
            path => own.Contains(path) || IsSharedAsset(path, pageFolders));
    }

    /// <summary>Every shared file some report's bag could carry (<see cref="SitePaths"/> takes those its pages reference), in ordinal order.</summary>
    public static IEnumerable<string> SharedCandidates(BuildState state)
    {
        var pageFolders = PageFolders(state, slug: "");
        return state.Files.Keys.Where(path => IsSharedAsset(path, pageFolders));
    }

    /// <summary>
    /// Shared files worth carrying: not a page (the archive home), not the bags or the build manifest, which
    /// describe the whole site, and nothing inside another report's folder or any other folder of pages.
    /// </summary>
    private static bool IsSharedAsset(string path, HashSet<string> pageFolders) =>
        !path.StartsWith("archive/", StringComparison.Ordinal) &&
        path != "manifest.json" &&
        !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) &&
        !path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) &&
        !pageFolders.Contains(TopFolder(path));

    /// <summary>Top-level folders of other reports, and any other top-level folder that holds a page.</summary>
    private static HashSet<string> PageFolders(BuildState state, string slug)
    {
        var folders = state.Reports.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        folders.UnionWith(state.Files.Keys.Where(p => p.Contains('/') && p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Select(TopFolder));
        folders.Remove(slug);
        return folders;
    }

    private static string TopFolder(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : "";

    /// <summary>The file's exact bytes from the input folder; null when it is gone (ingestion already said so).</summary>
    private static byte[]? ReadInput(BuildContext context, string relativePath)
    {
        return context.Sources.Read(relativePath);
    }
}
