namespace SiteGen.Pipeline;

/// <summary>
/// One named step of the build (verb + noun: ParseReports, TypesetPdf, PackBag). A step reads the state and
/// returns a new one; content mistakes go to <see cref="BuildContext.Diagnostics"/>, never exceptions.
/// </summary>
public interface IBuildStep
{
    string Name { get; }

    BuildState Run(BuildState state, BuildContext context);
}
