using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Steps;

/// <summary>
/// Checks what needs all reports at once: unique slugs that are not the site's own folders, that every
/// "#anchor" link lands somewhere, and that every link to another report finds it and its id (then writes
/// it in the one form every format reads, see <see cref="CrossLinks"/>); leaves drafts out of a published build.
/// </summary>
public sealed class LinkReports : IBuildStep
{
    public string Name => nameof(LinkReports);

    public BuildState Run(BuildState state, BuildContext context)
    {
        foreach (var group in state.Reports.GroupBy(r => r.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(r => r.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var report in group)
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                    Messages.SlugUsedTwice.With(group.Key, Messages.Listed(files)),
                    report.Metadata.SlugLocation ?? new SourceLocation(report.SourcePath, 1, 1));
            }
        }

        foreach (var report in state.Reports.Where(r => ReservedSlugs.Names.Contains(r.Slug)))
        {
            context.Diagnostics.Error(DiagnosticCodes.ReservedSlug,
                Messages.SlugReserved.With(report.Slug, string.Join(", ", ReservedSlugs.Names.Order(StringComparer.Ordinal))),
                report.Metadata.SlugLocation ?? new SourceLocation(report.SourcePath, 1, 1));
        }

        foreach (var report in state.Reports)
        {
            CheckAnchors(report, context.Diagnostics);
        }

        // Drafts are parsed and checked like any report, then left out of a published build here, once:
        // every later step (pages, home, feed, sitemap, search, manifest, bags) sees only what is published.
        var targets = new ReportLinkTargets(state.Reports);
        var linked = state.Reports
            .Select(r => AttachmentChecks.Resolve(r, state.Site, context.Diagnostics))
            .Select(r => CrossLinks.Resolve(r, targets, state.Site, context.Options.IncludeDrafts, context.Diagnostics));
        return state with { Reports = [.. linked.Where(r => context.Options.IncludeDrafts || !r.Metadata.Draft)] };
    }

    private static void CheckAnchors(Report report, DiagnosticBag diagnostics)
    {
        var ids = ReportIds.Of(report);
        foreach (var (link, location) in ReportLinks.Of(report))
        {
            if (link.IsInternalAnchor && !ids.Contains(Uri.UnescapeDataString(link.Href[1..])))
            {
                diagnostics.Error(DiagnosticCodes.BrokenAnchor,
                    Messages.BrokenAnchor.With(link.Href),
                    location);
            }
        }
    }
}
