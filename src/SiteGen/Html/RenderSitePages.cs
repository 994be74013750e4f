using System.Text;
using SiteGen.Html.Pages;
using SiteGen.Html.Search;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// The site around the reports: the archive home, the Atom feed, sitemap.xml, robots.txt, 404.html and the
/// search index, one shard per report (the shared assets, search.js among them, are
/// <see cref="WriteSiteAssets"/>'s). Run it after every format is known so the home page
/// lists them all, with the bags' sizes.
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

        var stage = context.Output;
        var files = new List<OutputFile> { stage.Write("feed.xml", AtomFeed.Write(state)) };
        if (!state.Site.Preview)
        {
            // A sitemap only asks search engines to index local addresses: a preview has none (robots.txt says Disallow).
            files.Add(stage.Write("sitemap.xml", SitemapXml.Write(state)));
        }

        var language = HtmlLanguage.For(state.Site.Language);
        AddRendered(files, stage, "index.html", Marked(templates.Render(HtmlTemplates.HomeLayout, HomePageBuilder.Build(state), context.Diagnostics)));
        AddRendered(files, stage, "404.html", Marked(templates.Render(HtmlTemplates.NotFoundLayout, HomePageBuilder.NotFound(state), context.Diagnostics)));
        var robots = templates.Render(HtmlTemplates.RobotsTemplate,
            new RobotsModel(SiteUrls.Absolute(state.Site, "sitemap.xml"), state.Site.Preview), context.Diagnostics);
        if (robots is not null && state.Site.Preview && !robots.Split('\n').Any(l => l.Trim() == "Disallow: /"))
        {
            // A custom robots template that forgets the preview case still keeps a preview out of search engines.
            robots = "User-agent: *\nDisallow: /\n";
        }

        AddRendered(files, stage, "robots.txt", robots);
        foreach (var (path, bytes) in SearchIndex.Files(state.Reports))
        {
            files.Add(stage.Write(path, bytes));
        }

        return state.WithFiles(files);

        string? Marked(string? html) => html is not null && state.Site.Preview ? PreviewMarking.Ensure(html, language) : html;
    }

    private static void AddRendered(List<OutputFile> files, OutputStage stage, string path, string? text)
    {
        if (text is not null)
        {
            files.Add(stage.Write(path, Encoding.UTF8.GetBytes(text)));
        }
    }
}

/// <summary>What robots.sbn-txt sees.</summary>
public sealed record RobotsModel(string SitemapUrl, bool IsPreview);
