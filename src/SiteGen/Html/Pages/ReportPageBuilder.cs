using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Html.Pages;

/// <summary>Builds the flat view model of a report page from the report, its rendered body and the build state.</summary>
internal static class ReportPageBuilder
{
    public static ReportPageModel Build(Report report, HtmlBody body, BuildState state)
    {
        var metadata = report.Metadata;
        var site = state.Site;
        var language = HtmlLanguage.For(metadata.Lang);
        var url = SiteUrls.Report(site, report.Slug);
        var record = MetadataRecord.Of(report, site);
        var others = state.FormatsOf(report.Slug).Where(f => f.Kind != FormatKinds.Html);
        var siteLang = HtmlLanguage.For(site.Language).Script == language.Script ? null : site.Language;
        return new ReportPageModel
        {
            Lang = metadata.Lang,
            SiteTitle = site.Title,
            SiteLang = siteLang,
            // A title element cannot mark a part's language: in another script than the site's, the report's alone.
            PageTitle = siteLang is null ? $"{metadata.Title} | {site.Title}" : metadata.Title,
            Description = metadata.Description ?? metadata.Subtitle ?? metadata.Title,
            // HTML splits this on ASCII commas: a full-width "，" would make all keywords one.
            Keywords = string.Join(", ", metadata.Keywords),
            CanonicalUrl = url,
            StylesheetHref = "../assets/site.css",
            SearchScriptHref = "../assets/search.js",
            ReaderScriptHref = "../assets/reader.js",
            FaviconHref = "../assets/favicon.svg",
            HomeHref = "../index.html",
            FeedHref = "../feed.xml",
            Kicker = Blank(metadata.Kicker),
            Title = metadata.Title,
            Subtitle = Blank(metadata.Subtitle),
            Byline = Blank(metadata.Byline ?? metadata.Author),
            Organization = Blank(metadata.Organization),
            DateText = language.Date(metadata.Date),
            DateIso = metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Revisions = [.. record.RevisionNotes.Select(r => new RevisionModel(r.DateIso, r.Label, r.Note))],
            TocHtml = body.TableOfContents,
            BodyHtml = body.Article,
            FootnotesHtml = body.Footnotes,
            Downloads = FormatLinks.For(others, report.Slug, language),
            Attachments = FormatLinks.ForAttachments(report.Attachments, language),
            Citation = CitationText.For(record),
            JsonLd = ReportJsonLd.For(record),
            Meta = DublinCore.For(record),
            Publisher = Blank(site.Publisher),
            Labels = PageLabels.For(language),
            IsDraft = metadata.Draft,
            IsPreview = site.Preview,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
