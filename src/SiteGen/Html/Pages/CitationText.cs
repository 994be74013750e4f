using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Html.Pages;

/// <summary>
/// A suggested citation with no build date in it, so the page stays byte-for-byte stable: GB/T 7714-2015
/// electronic-resource form for Chinese reports (the reader fills in the access date), a plain form otherwise.
/// The author cited is the record's creator, the issuing body.
/// </summary>
public static class CitationText
{
    public static string For(MetadataRecord record)
    {
        var iso = record.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var language = HtmlLanguage.For(record.Language);
        return language.IsChinese
            ? $"{record.Creator}. {record.Title}[EB/OL]. ({iso})[引用日期]. {record.Url}."
            : $"{record.Creator}. {record.Title} [online]. {language.Date(record.Issued)}. Available at: {record.Url}";
    }
}
