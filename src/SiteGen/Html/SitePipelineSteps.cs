using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// The HTML steps, for the pipeline declaration. Report pages go in the render phase, once (the bag that holds
/// a page is listed on it by name, see Archive.BundleFormat); the assets go before the bags, which carry them;
/// site pages go last, once every format is known.
/// </summary>
public static class SitePipelineSteps
{
    public static ImmutableArray<IBuildStep> ReportPages { get; } = [new RenderReportPages()];

    public static ImmutableArray<IBuildStep> Assets { get; } = [new WriteSiteAssets()];

    public static ImmutableArray<IBuildStep> SitePages { get; } = [new RenderSitePages()];
}
