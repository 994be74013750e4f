using System.Globalization;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>
/// A suggested citation with no build date in it, so the page stays byte-for-byte stable: GB/T 7714-2015
/// electronic-resource form for Chinese reports (the reader fills in the access date), a plain form otherwise.
/// </summary>
public static class CitationText
{
    public static string For(ReportMetadata metadata, SiteSettings site, string url)
    {
        var creator = Creator(metadata, site);
        var iso = metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var language = HtmlLanguage.For(metadata.Lang);
        return language.IsChinese
            ? $"{creator}. {metadata.Title}[EB/OL]. ({iso})[引用日期]. {url}."
            : $"{creator}. {metadata.Title} [online]. {language.Date(metadata.Date)}. Available at: {url}";
    }

    public static string Creator(ReportMetadata metadata, SiteSettings site) =>
        FirstOf(metadata.Organization, metadata.Author, site.Publisher) ?? site.Title;

    private static string? FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
