using System.Collections.Immutable;
using SiteGen.Steps;

namespace SiteGen.Pipeline;

/// <summary>The build, declared in one place as named phases. `check` runs the first three only.</summary>
public static class SitePipeline
{
    public static ImmutableArray<Phase> CheckPhases { get; } =
    [
        new("read", [new ReadSources()]),
        new("parse", [new ParseReports()]),
        new("link", [new LinkReports()]),
    ];

    public static ImmutableArray<Phase> BuildPhases(BuildOptions options)
    {
        // Order matters: PDFs and the EPUB first (their sizes and page counts go on the HTML pages), then the
        // report pages, the bundles (which hold the pages), the pages again (now listing the bundles), and
        // last the site pages and the manifest, which list everything.
        IBuildStep[] render = [new TypesetPdf(), new Epub.WriteEpub(), .. Html.SitePipelineSteps.ReportPages];
        IBuildStep[] package =
        [
            // The site pages also write the shared assets (site.css) the report pages link to; the bag carries
            // them, so they must exist before it is packed. The second run below is the one that ships.
            .. Html.SitePipelineSteps.SitePages,
            new Archive.PackBag(),
            .. Html.SitePipelineSteps.ReportPages,
            .. Html.SitePipelineSteps.SitePages,
            new Archive.WriteManifest(),
        ];
        return [.. CheckPhases, new Phase("render", [.. render]), new Phase("package", [.. package])];
    }
}
