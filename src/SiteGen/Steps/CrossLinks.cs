using SiteGen.Diagnostics;
using SiteGen.Html.Pages;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Steps;

/// <summary>
/// Links from one report to another, decided once at linking: the target report and id must exist (an
/// error at the link's line, like an in-report anchor), a published report may not link a draft, and each
/// link is rewritten to "../slug/#id" (relative on the site, the EPUB resolves it against the page's URL)
/// with <see cref="LinkInline.Url"/> the absolute URL the PDF editions link. A link to the report's own
/// file becomes an in-report "#id". An absolute link to a report's page on this site (base_url + slug) is
/// checked and rewritten the same way.
/// </summary>
internal static class CrossLinks
{
    public static Report Resolve(Report report, ReportLinkTargets targets, SiteSettings site, bool draftsShown, DiagnosticBag diagnostics)
    {
        var rewritten = new Dictionary<string, LinkInline>(StringComparer.Ordinal);
        var siteBase = SiteUrls.Base(site);
        foreach (var (link, location) in ReportLinks.Of(report))
        {
            var relative = link.Kind switch
            {
                LinkKind.OtherReport => link.Href,
                LinkKind.Web => ReportLinkTargets.OnSite(link.Href, siteBase),
                _ => null,
            };
            if (relative is null)
            {
                continue;
            }

            var target = targets.Find(report, relative);
            if (target.Report is not { } other)
            {
                diagnostics.Error(DiagnosticCodes.UnknownReport,
                    Messages.LinkToNoReport.With(link.Href, target.Wanted),
                    location);
                continue;
            }

            if (target.Anchor is { } anchor && !ReportIds.Of(other).Contains(anchor))
            {
                diagnostics.Error(DiagnosticCodes.BrokenAnchor,
                    Messages.BrokenAnchorElsewhere.With(link.Href, anchor, other.SourcePath),
                    location);
                continue;
            }

            if (other.Metadata.Draft && !report.Metadata.Draft && !draftsShown)
            {
                diagnostics.Error(DiagnosticCodes.LinkToDraft,
                    Messages.LinkToDraft.With(link.Href, other.SourcePath),
                    location);
                continue;
            }

            rewritten[link.Href] = Rewrite(link, report, other, target.Anchor, site);
        }

        return rewritten.Count == 0 ? report : LinkRewriter.Map(report, l => rewritten.GetValueOrDefault(l.Href) is { } r ? l with { Href = r.Href, Url = r.Url } : l);
    }

    private static LinkInline Rewrite(LinkInline link, Report from, Report to, string? anchor, SiteSettings site)
    {
        if (ReferenceEquals(from, to) && anchor is not null)
        {
            return link with { Href = "#" + anchor };
        }

        var fragment = anchor is null ? "" : "#" + anchor;
        return link with
        {
            Href = $"../{to.Slug}/{fragment}",
            Url = SiteUrls.Report(site, to.Slug) + (anchor is null ? "" : "#" + Uri.EscapeDataString(anchor)),
        };
    }
}
