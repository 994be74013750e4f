using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>Render phase, before the pages: lists each report's bag (no size yet) so its page links to it (see <see cref="BundleFormat"/>).</summary>
public sealed class DeclareBundles : IBuildStep
{
    public string Name => "DeclareBundles";

    public BuildState Run(BuildState state, BuildContext context)
    {
        if (!context.Options.BuildArchive)
        {
            return state;
        }

        foreach (var report in state.Reports)
        {
            state = state.WithFormat(report.Slug, BundleFormat.For(report, size: null));
        }

        return state;
    }
}
