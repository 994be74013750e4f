using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Steps;

/// <summary>Linking's check of attachments: none may take a name the build writes itself in the report's folder.</summary>
internal static class AttachmentChecks
{
    public static void Run(Report report, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (link, location) in ReportLinks.Of(report))
        {
            if (link.Attachment is { } attachment && PublishedPaths.IsGenerated(report.Slug, attachment.SitePath) && reported.Add(attachment.SitePath))
            {
                diagnostics.Error(DiagnosticCodes.AttachmentNameTaken,
                    $"the attachment '{MessageText.Value(attachment.InputPath)}' would be published as {report.Slug}/{attachment.SitePath}, a name the build writes itself (the page, a PDF edition or the EPUB); rename the file and the link",
                    location);
            }
        }
    }
}
