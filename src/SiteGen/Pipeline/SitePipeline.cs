using System.Collections.Immutable;
using SiteGen.Steps;

namespace SiteGen.Pipeline;

/// <summary>
/// The build, declared in one place as named phases. `check` runs the same phases (it only stages into a
/// temporary folder it deletes), so it passes exactly when `build` does.
/// </summary>
public static class SitePipeline
{
    /// <summary>The phases before rendering: read (sources, templates, edition files), parse, link.</summary>
    public static ImmutableArray<Phase> CheckPhases { get; } =
    [
        new("read", [new ReadSources(), new LoadTemplates()]),
        new("parse", [new ParseReports()]),
        new("link", [new LinkReports()]),
    ];

    public static ImmutableArray<Phase> BuildPhases(BuildOptions options)
    {
        // Order matters, and each file is made once: PDFs and the EPUB first (their sizes and page counts go on
        // the HTML pages), the bags declared by name (no size: a bag holds its page), the report pages; then
        // the shared assets and the bags, which carry the pages and assets as published; last the site pages
        // and the manifest, which list everything with its size.
        IBuildStep[] render = [new TypesetPdf(), new Epub.WriteEpub(), new Archive.DeclareBundles(), .. Html.SitePipelineSteps.ReportPages];
        IBuildStep[] package =
        [
            .. Html.SitePipelineSteps.Assets,
            new Archive.PackBag(),
            new Archive.KeepEarlierBags(),
            .. Html.SitePipelineSteps.SitePages,
            new Archive.WriteManifest(),
        ];
        return [.. CheckPhases, new Phase("render", [.. render]), new Phase("package", [.. package])];
    }
}
