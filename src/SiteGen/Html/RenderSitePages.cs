using System.Text;
using SiteGen.Html.Pages;
using SiteGen.Html.Search;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// The site around the reports: the archive home, the Atom feed, sitemap.xml, robots.txt, 404.html, the
/// search index (one shard per report) and the shared assets (site.css, search.js). Run it after every format is known so the home page lists them all.
/// </summary>
public sealed class RenderSitePages : IBuildStep
{
    public string Name => "RenderSitePages";

    public BuildState Run(BuildState state, BuildContext context)
    {
        var templates = HtmlTemplates.For(context);
        if (templates.HasErrors)
        {
            return state;
        }

        var files = new List<OutputFile>
        {
            new("feed.xml", AtomFeed.Write(state)),
            new("sitemap.xml", SitemapXml.Write(state)),
        };
        AddRendered(files, "index.html", templates.Render(HtmlTemplates.HomeLayout, HomePageBuilder.Build(state), context.Diagnostics));
        AddRendered(files, "404.html", templates.Render(HtmlTemplates.NotFoundLayout, HomePageBuilder.NotFound(state), context.Diagnostics));
        AddRendered(files, "robots.txt", templates.Render(HtmlTemplates.RobotsTemplate,
            new RobotsModel(SiteUrls.Absolute(state.Site, "sitemap.xml")), context.Diagnostics));
        files.AddRange(SearchIndex.Files(state.Reports));
        foreach (var name in templates.Names.Where(n => n.StartsWith(HtmlTemplates.AssetsFolder, StringComparison.Ordinal)))
        {
            files.Add(new OutputFile(name, templates.Asset(name)!));
        }

        return state.WithFiles(files);
    }

    private static void AddRendered(List<OutputFile> files, string path, string? text)
    {
        if (text is not null)
        {
            files.Add(new OutputFile(path, Encoding.UTF8.GetBytes(text)));
        }
    }
}

/// <summary>What robots.sbn-txt sees.</summary>
public sealed record RobotsModel(string SitemapUrl);
