using SiteGen.Diagnostics;
using SiteGen.Html.Pages;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Steps;

/// <summary>
/// Linking's part for attachments: none may take a name the build writes itself in the report's folder, and
/// each link to one gets <see cref="LinkInline.Url"/>, the file's published URL (base_url + slug + its place),
/// which the PDF editions link; the page keeps the relative href and the EPUB resolves it to the same URL.
/// </summary>
internal static class AttachmentChecks
{
    public static Report Resolve(Report report, SiteSettings site, DiagnosticBag diagnostics)
    {
        if (report.Attachments.IsEmpty)
        {
            return report;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (link, location) in ReportLinks.Of(report))
        {
            if (link.Attachment is { } attachment && PublishedPaths.IsGenerated(report.Slug, attachment.SitePath) && reported.Add(attachment.SitePath))
            {
                diagnostics.Error(DiagnosticCodes.AttachmentNameTaken,
                    Messages.AttachmentNameTaken.With(MessageText.Value(attachment.InputPath), $"{report.Slug}/{attachment.SitePath}"),
                    location);
            }
        }

        var page = SiteUrls.Report(site, report.Slug);
        return LinkRewriter.Map(report, l => l.Attachment is null ? l : l with { Url = page + l.Href });
    }
}
