using SiteGen.Caching;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Epub;

/// <summary>Render phase: writes &lt;slug&gt;/&lt;slug&gt;.epub for every report and lists it as a format.</summary>
public sealed class WriteEpub : IBuildStep
{
    public string Name => "WriteEpub";

    public BuildState Run(BuildState state, BuildContext context)
    {
        if (!context.Options.BuildEpub)
        {
            return state;
        }

        return ReportWork.Run(state, context, Name, (report, diagnostics) =>
        {
            // Types the EPUB cannot carry were reported once, at their lines, after ingestion (ImageSupport).
            var images = EpubImageCatalog.Build(ImageUses.Of(report).Select(i => i.Image), path => ReadInput(context, path));

            var path = $"{report.Slug}/{report.Slug}.epub";
            byte[] bytes;
            using (context.Counters.Measure("epub: write and zip"))
            {
                // TypesetPdf ran first: the print edition's page map is among the report's formats (and in the cache key).
                bytes = EpubWriter.Write(report, state.Site, images, state.FormatsOf(report.Slug));
            }

            var label = Html.HtmlLanguage.For(report.Metadata.Lang).FormatLabel(FormatKinds.Epub)!;
            return CachedOutput.Of([context.Output.Write(path, bytes)], new ReportFormat(FormatKinds.Epub, label, path, EpubWriter.MediaType, bytes.LongLength));
        });
    }

    private static byte[]? ReadInput(BuildContext context, string inputPath)
    {
        return context.Sources.Read(inputPath);
    }
}
