namespace SiteGen.Model;

/// <summary>
/// The ids a report's page uses for itself (templates/layouts/report.sbn-html, partials/site-search.sbn-html and the HTML writer). Ingestion
/// reserves them before it names anything, so a heading called "Main" or "Citation title" gets "main-2", and the
/// skip link and landmarks keep pointing where they should.
/// </summary>
public static class PageIds
{
    public const string Main = "main";
    public const string Downloads = "downloads-title";
    public const string Attachments = "attachments-title";
    public const string Contents = "toc-title";
    public const string Citation = "citation-title";
    public const string Footnotes = "sg-footnotes";
    public const string SearchQuery = "site-search-query";

    /// <summary>Every id the page template and the writer put beside the report's own.</summary>
    public static readonly IReadOnlyList<string> Reserved = [Main, Downloads, Attachments, Contents, Citation, Footnotes, SearchQuery];
}
