using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Html.Pages;

/// <summary>The archive home's view model: every report, newest first, grouped by year, with all its formats.</summary>
internal static class HomePageBuilder
{
    public static HomePageModel Build(BuildState state)
    {
        var site = state.Site;
        var language = HtmlLanguage.For(site.Language);
        var newestFirst = state.Reports
            .OrderByDescending(r => r.Metadata.Date)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToList();
        var years = newestFirst
            .GroupBy(r => r.Metadata.Date.Year)
            .Select(group => new YearModel(
                "year-" + group.Key.ToString(CultureInfo.InvariantCulture),
                language.Year(group.Key),
                group.Select(report => new ReportEntryModel(
                        SameLanguage(report.Metadata.Lang, site.Language) ? null : report.Metadata.Lang,
                        report.Metadata.Title,
                        string.IsNullOrWhiteSpace(report.Metadata.Subtitle) ? null : report.Metadata.Subtitle,
                        SiteUrls.EscapePath(report.Slug) + "/index.html",
                        HtmlLanguage.For(report.Metadata.Lang).Date(report.Metadata.Date),
                        report.Metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        string.IsNullOrWhiteSpace(report.Metadata.Organization) ? null : report.Metadata.Organization,
                        FormatLinks.For(state.FormatsOf(report.Slug), string.Empty, HtmlLanguage.For(report.Metadata.Lang)),
                        report.Metadata.Draft))
                    .ToImmutableArray()))
            .ToImmutableArray();
        return new HomePageModel
        {
            Lang = site.Language,
            SiteTitle = site.Title,
            Description = site.Description ?? site.Title,
            CanonicalUrl = SiteUrls.Base(site),
            StylesheetHref = "assets/site.css",
            SearchScriptHref = "assets/search.js",
            FaviconHref = "assets/favicon.svg",
            FeedHref = "feed.xml",
            Publisher = string.IsNullOrWhiteSpace(site.Publisher) ? null : site.Publisher,
            Years = years,
            JsonLd = HomeJsonLd.For(site, newestFirst),
            Labels = PageLabels.For(language),
            IsPreview = site.Preview,
        };
    }

    public static NotFoundPageModel NotFound(BuildState state)
    {
        var site = state.Site;
        var language = HtmlLanguage.For(site.Language);
        var root = SiteUrls.RootPath(site);
        return new NotFoundPageModel(site.Language, site.Title, language.NotFoundTitle, language.NotFoundText,
            root + "assets/site.css", root + "assets/favicon.svg", root, root + "feed.xml",
            string.IsNullOrWhiteSpace(site.Publisher) ? null : site.Publisher, PageLabels.For(language), site.Preview);
    }

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
