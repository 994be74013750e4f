using System.Collections.Immutable;
using SiteGen.Output;

namespace SiteGen.Html.Pages;

/// <summary>Turns a report's published formats into links relative to the page that lists them.</summary>
internal static class FormatLinks
{
    /// <param name="fromFolder">The folder of the listing page relative to the output root ("" for the home page).</param>
    public static ImmutableArray<FormatLinkModel> For(IEnumerable<ReportFormat> formats, string fromFolder, HtmlLanguage language) =>
        formats.Select(f =>
            {
                var size = f.Size is { } bytes ? language.Size(bytes) : "";
                var pages = f.PageCount is { } count ? language.Pages(count) : null;
                return new FormatLinkModel(f.Label, RelativeHref(f.Path, fromFolder), f.MediaType, size, pages)
                {
                    // A file that holds the page listing it (the bag) has no size yet: say what is in it instead.
                    Details = f.Size is null && f.Kind == FormatKinds.Bundle ? language.BundleContents : language.SizeAndPages(size, pages),
                };
            })
            .ToImmutableArray();

    /// <summary>Attachments as the page beside them links them: their title, type and size.</summary>
    public static ImmutableArray<FormatLinkModel> ForAttachments(IEnumerable<Model.Attachment> attachments, HtmlLanguage language) =>
        attachments.Select(a =>
            {
                var size = language.Size(a.Size);
                return new FormatLinkModel(a.Title, Model.PublishedPaths.Href(a.SitePath), a.Type.MediaType, size, null)
                {
                    Details = language.SizeAndPages(a.Type.Name, size),
                };
            })
            .ToImmutableArray();

    public static string RelativeHref(string path, string fromFolder)
    {
        if (fromFolder.Length == 0)
        {
            return SiteUrls.EscapePath(path);
        }

        var prefix = fromFolder.TrimEnd('/') + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal)
            ? SiteUrls.EscapePath(path[prefix.Length..])
            : string.Concat(Enumerable.Repeat("../", prefix.Count(c => c == '/'))) + SiteUrls.EscapePath(path);
    }
}
