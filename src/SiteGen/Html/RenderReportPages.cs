using System.Text;
using SiteGen.Caching;
using SiteGen.Html.Pages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// Writes &lt;slug&gt;/index.html for every report, copies its images and attachments beside it and records the HTML format.
/// A pure function of the state: run it again after other formats exist and the downloads block fills in.
/// </summary>
public sealed class RenderReportPages : IBuildStep
{
    public string Name => "RenderReportPages";

    public BuildState Run(BuildState state, BuildContext context)
    {
        var templates = HtmlTemplates.For(context);
        if (templates.HasErrors)
        {
            return state;
        }

        // Per report through the cache and in parallel: a page depends only on its report, the site settings,
        // the templates and the report's formats, all of which are in the cache key.
        return ReportWork.Run(state, context, Name, (report, diagnostics) =>
        {
            var images = ImageFiles(report, context).Concat(AttachmentFiles(report, context)).ToList();
            var body = HtmlBodyWriter.Write(report, new HtmlBodyOptions
            {
                ImageSource = image => ReportImages.RelativePath(report, image.InputPath) is { } path
                    ? SiteUrls.EscapePath(path)
                    : null,
            });
            var model = ReportPageBuilder.Build(report, body, state);
            var html = templates.Render(HtmlTemplates.ReportLayout, model, diagnostics);
            if (html is null)
            {
                return CachedOutput.Of(images);
            }

            var language = HtmlLanguage.For(report.Metadata.Lang);
            if (state.Site.Preview)
            {
                html = PreviewMarking.Ensure(html, language);
            }

            var page = context.Output.Write($"{report.Slug}/index.html", Encoding.UTF8.GetBytes(html));
            var label = language.FormatLabel(FormatKinds.Html)!;
            return CachedOutput.Of([.. images, page], new ReportFormat(FormatKinds.Html, label, page.Path, "text/html", page.Size));
        });
    }

    /// <summary>The attachments beside the page; one that is also a figure's image was copied with the images.</summary>
    private static IEnumerable<OutputFile> AttachmentFiles(Report report, BuildContext context)
    {
        var images = report.ImagePaths.Select(p => ReportImages.RelativePath(report, p)).ToHashSet(StringComparer.Ordinal);
        foreach (var attachment in report.Attachments.Where(a => !images.Contains(a.SitePath)))
        {
            if (context.Sources.Read(attachment.InputPath) is { } bytes)
            {
                yield return context.Output.Write($"{report.Slug}/{attachment.SitePath}", bytes);
            }
        }
    }

    private static IEnumerable<OutputFile> ImageFiles(Report report, BuildContext context)
    {
        foreach (var inputPath in report.ImagePaths)
        {
            var relative = ReportImages.RelativePath(report, inputPath);
            if (relative is not null && context.Sources.Read(inputPath) is { } bytes)
            {
                yield return context.Output.Write($"{report.Slug}/{relative}", bytes);
            }
        }
    }
}
