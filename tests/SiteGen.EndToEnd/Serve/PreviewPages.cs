using System.Text;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Serve;

/// <summary>
/// A test-only step after the site's own: one page per report under __preview/ (its title in the body)
/// and one file per media type the server must label, so the serve tests don't depend on which
/// renderers exist yet.
/// </summary>
internal sealed class PreviewPages : IBuildStep
{
    public string Name => nameof(PreviewPages);

    public BuildState Run(BuildState state, BuildContext context)
    {
        var files = state.Reports.Select(r => context.Output.Write($"__preview/{r.Slug}.html",
            Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{r.Metadata.Title}</title></head><body><h1>{r.Metadata.Title}</h1></body></html>"))).ToList();
        foreach (var extension in new[] { "epub", "pdf", "xml", "json", "css" })
        {
            files.Add(context.Output.Write($"__preview/sample.{extension}", [1, 2, 3]));
        }

        return state.WithFiles(files);
    }

    public static BuildResult Build(BuildOptions options, IBuildLog log) =>
        SiteBuilder.Build(options, [.. SitePipeline.BuildPhases(options), new Phase("preview", [new PreviewPages()])], log);
}
