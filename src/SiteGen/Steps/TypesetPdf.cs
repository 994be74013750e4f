using SiteGen.Caching;
using SiteGen.Output;
using SiteGen.Pdf;
using SiteGen.Pipeline;

namespace SiteGen.Steps;

/// <summary>Sets every report in the screen, print and large-print editions: {slug}/{slug}{suffix}.pdf.</summary>
public sealed class TypesetPdf : IBuildStep
{
    public string Name => nameof(TypesetPdf);

    public BuildState Run(BuildState state, BuildContext context)
    {
        if (!context.Options.BuildPdf) return state;
        // The engine's phase times (fonts, layout, subsetting, PDFsharp, the rewrite) join the build's counters.
        Typesetting.TypesetClock.Install((name, wall, cpu) =>
        {
            context.Counters.Add(name, wall);
            context.Counters.Add(name + " [CPU]", cpu);
        });
        var editions = PdfEditionSet.For(context);
        // Per report through the cache and in parallel; the fonts the editions resolve to are part of the key.
        return ReportWork.Run(state, context, Name, (report, diagnostics) =>
        {
            // The editions of one report in parallel too: after an edit only one report is set, and its three
            // editions are what the rebuild waits for.
            var made = new (OutputFile File, ReportFormat Format)?[editions.Count];
            var images = FigureImages.Load(report, context.Options.InputDirectory, context.Sources.Read); // once, for every edition
            Parallel.For(0, editions.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Options.MaxParallelism }, i =>
            {
                var edition = editions[i];
                Typesetting.Model.TypesetResult result;
                using (Typesetting.TypesetClock.Measure($"pdf: typeset {edition.Name} edition (fonts, layout, writing)"))
                {
                    result = PdfEditions.Render(report, edition, context.Options.InputDirectory, diagnostics, images, Model.MetadataRecord.Of(report, state.Site));
                }

                if (result.HasErrors) return;
                var path = $"{report.Slug}/{edition.FileName(report.Slug)}";
                var format = new ReportFormat(edition.Kind, Html.HtmlLanguage.For(report.Metadata.Lang).FormatLabel(edition.Kind) ?? edition.Label, path, "application/pdf", result.Pdf.LongLength, result.PageCount)
                {
                    // The print edition's page numbers are the ones a reader cites: the EPUB's page list maps to them.
                    PageBreaks = edition.Kind == FormatKinds.PrintPdf ? PrintPageBreaks.Of(report, result.AnchorPages, result.PageCount) : null,
                };
                made[i] = (context.Output.Write(path, result.Pdf), format);
            });
            return new CachedOutput([.. made.OfType<(OutputFile File, ReportFormat Format)>().Select(m => m.File)], [.. made.OfType<(OutputFile File, ReportFormat Format)>().Select(m => m.Format)]);
        }, Fonts(editions, context));
    }

    private static string Fonts(IReadOnlyList<PdfEdition> editions, BuildContext context)
    {
        using (context.Counters.Measure("pdf: find fonts (fontconfig)"))
        {
            return FontFingerprint.Of(editions);
        }
    }
}
