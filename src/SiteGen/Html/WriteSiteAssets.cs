using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// Copies the templates' assets/ (site.css, fonts) into the output. Its own step, before the bags, because
/// each bag carries the assets its page links to, and the site pages that list the bags come after them.
/// </summary>
public sealed class WriteSiteAssets : IBuildStep
{
    public string Name => "WriteSiteAssets";

    public BuildState Run(BuildState state, BuildContext context)
    {
        var templates = HtmlTemplates.For(context);
        if (templates.HasErrors)
        {
            return state;
        }

        var files = new List<OutputFile>();
        foreach (var name in templates.Names.Where(n => n.StartsWith(HtmlTemplates.AssetsFolder, StringComparison.Ordinal)))
        {
            files.Add(context.Output.Write(name, templates.Asset(name)!));
        }

        return state.WithFiles(files);
    }
}
