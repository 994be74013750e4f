using System.Globalization;

namespace SiteGen.Html;

/// <summary>
/// The words, dates and sizes a page shows around the report's own text, in the report's language.
/// Chinese for any "zh" tag, English otherwise (the only two the archive publishes today).
/// </summary>
public sealed class HtmlLanguage
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private HtmlLanguage(bool chinese) => IsChinese = chinese;

    public static HtmlLanguage Chinese { get; } = new(chinese: true);
    public static HtmlLanguage English { get; } = new(chinese: false);

    public bool IsChinese { get; }

    public static HtmlLanguage For(string? lang) =>
        lang is not null && (lang.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || lang.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
            ? Chinese
            : English;

    public string SkipToContent => IsChinese ? "跳到正文" : "Skip to main content";
    public string Contents => IsChinese ? "目录" : "Contents";
    public string Footnotes => IsChinese ? "注释" : "Notes";
    public string Downloads => IsChinese ? "下载其他格式" : "Other formats";
    public string Citation => IsChinese ? "引用本文" : "How to cite";
    public string Archive => IsChinese ? "报告档案" : "Report archive";
    public string Home => IsChinese ? "返回首页" : "Back to the archive";
    public string Feed => IsChinese ? "订阅（Atom）" : "Feed (Atom)";
    public string NotFoundTitle => IsChinese ? "页面未找到" : "Page not found";
    public string NotFoundText => IsChinese
        ? "您要访问的页面不存在或已移动。请从首页查找报告。"
        : "The page you asked for does not exist or has moved. Find the report from the archive home.";
    public string Search => IsChinese ? "搜索历年报告" : "Search every report";
    public string SearchFound => IsChinese ? "找到 {0} 段" : "{0} passages found";
    public string SearchShown => IsChinese ? "找到 {0} 段，显示前 {1} 段" : "{0} passages found, the first {1} shown";
    public string SearchNone => IsChinese ? "没有找到" : "Nothing found";
    public string SearchLoading => IsChinese ? "正在载入索引…" : "Loading the index…";
    public string SearchFailed => IsChinese ? "索引无法载入" : "The index could not be loaded";
    public string Published => IsChinese ? "发布日期" : "Published";
    public string Formats => IsChinese ? "格式" : "Formats";
    public string Year(int year) => IsChinese ? $"{year}年" : year.ToString(CultureInfo.InvariantCulture);

    public string SectionLink => IsChinese ? "本节链接" : "Link to this section";

    public string ParagraphLink(int ordinal) =>
        IsChinese ? $"链接到第{ordinal}段" : $"Link to paragraph {ordinal}";

    public string NoteReference(int number) => IsChinese ? $"注释{number}" : $"Note {number}";

    public string BackToReference(int number, int occurrence, int occurrences) =>
        occurrences <= 1
            ? IsChinese ? $"返回注释{number}的引用处" : $"Back to reference {number}"
            : IsChinese ? $"返回注释{number}的第{occurrence}处引用" : $"Back to reference {number} ({occurrence})";

    public string TableLabel(int ordinal) => IsChinese ? $"表{ordinal}" : $"Table {ordinal}";

    /// <summary>2021年2月22日 in Chinese; 22 February 2021 in English.</summary>
    public string Date(DateOnly date) =>
        IsChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
            : string.Create(CultureInfo.InvariantCulture, $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}");

    /// <summary>Sizes as readers expect them: 1 decimal in MB, whole KB, bytes below 1 KB.</summary>
    public string Size(long bytes)
    {
        if (bytes < 1024)
        {
            return IsChinese
                ? string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节")
                : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
        }

        if (bytes < 1024 * 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
    }

    public string Pages(int pages) =>
        IsChinese
            ? string.Create(CultureInfo.InvariantCulture, $"{pages}页")
            : pages == 1 ? "1 page" : string.Create(CultureInfo.InvariantCulture, $"{pages} pages");
}
