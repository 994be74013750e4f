namespace SiteGen.Html.Pages;

/// <summary>The fixed words of a page's chrome in the page's language.</summary>
public sealed record PageLabels(
    string SkipToContent,
    string Contents,
    string Downloads,
    string Attachments,
    string Citation,
    string Footnotes,
    string Home,
    string Feed,
    string Archive,
    string Published,
    string Search,
    string SearchFound,
    string SearchShown,
    string SearchNone,
    string SearchLoading,
    string SearchFailed,
    string NoteColon,
    string Draft,
    string CopyLink,
    string LinkCopied,
    string LinkInAddressBar,
    string Preview)
{
    public static PageLabels For(HtmlLanguage language) =>
        new(language.SkipToContent, language.Contents, language.Downloads, language.Attachments, language.Citation, language.Footnotes,
            language.Home, language.Feed, language.Archive, language.Published,
            language.Search, language.SearchFound, language.SearchShown, language.SearchNone, language.SearchLoading,
            language.SearchFailed, language.NoteColon, language.Draft, language.CopyLink, language.LinkCopied, language.LinkInAddressBar,
            language.Preview);
}
