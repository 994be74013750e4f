using System.Runtime.CompilerServices;
using SiteGen.Pipeline;

namespace SiteGen.Pdf;

/// <summary>
/// The edition files of a build, read and checked once on first use (the read phase's LoadTemplates does it,
/// so `check` and `build` report a bad edition file before any work) and shared by the PDF step.
/// </summary>
internal static class PdfEditionSet
{
    private static readonly ConditionalWeakTable<BuildContext, IReadOnlyList<PdfEdition>> Loaded = new();

    public static IReadOnlyList<PdfEdition> For(BuildContext context) =>
        Loaded.GetValue(context, c => EditionSettingsLoader.Load(c.Options.TemplatesDirectory, c.Options.DefaultTemplatesDirectory, c.Diagnostics));
}
