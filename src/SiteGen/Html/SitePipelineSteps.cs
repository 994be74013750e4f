using System.Collections.Immutable;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// The HTML steps, for the pipeline declaration. Report pages go in the render phase (and again after the
/// bundle is packed, so its downloads block lists it); site pages go last, once every format is known.
/// </summary>
public static class SitePipelineSteps
{
    public static ImmutableArray<IBuildStep> ReportPages { get; } = [new RenderReportPages()];

    public static ImmutableArray<IBuildStep> SitePages { get; } = [new RenderSitePages()];
}
