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
        var editions = EditionSettingsLoader.Load(context.Options.TemplatesDirectory, context.Options.DefaultTemplatesDirectory, context.Diagnostics);
        foreach (var report in state.Reports)
        {
            foreach (var edition in editions)
            {
                var result = PdfEditions.Render(report, edition, context.Options.InputDirectory, context.Diagnostics);
                if (result.HasErrors) continue;
                var path = $"{report.Slug}/{edition.FileName(report.Slug)}";
                state = state.WithFile(new OutputFile(path, result.Pdf))
                    .WithFormat(report.Slug, new ReportFormat(edition.Kind, edition.Label, path, "application/pdf", result.Pdf.LongLength, result.PageCount));
            }
        }
        return state;
    }
}
