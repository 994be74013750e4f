using SiteGen.Pipeline;

namespace SiteGen.Steps;

/// <summary>
/// Read phase: parses the page templates and, when PDFs are built, reads and checks the edition files (with
/// their font families), so their mistakes are reported at the start, together, by `check` as by `build`.
/// </summary>
public sealed class LoadTemplates : IBuildStep
{
    public string Name => nameof(LoadTemplates);

    public BuildState Run(BuildState state, BuildContext context)
    {
        Html.HtmlTemplates.For(context);
        if (context.Options.BuildPdf)
        {
            Pdf.PdfEditionSet.For(context);
        }

        return state;
    }
}
