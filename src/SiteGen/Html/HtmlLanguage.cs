using System.Globalization;

namespace SiteGen.Html;

/// <summary>How a language is written: Latin script, or Chinese in Simplified or Traditional characters.</summary>
public enum Script
{
    Latin,
    Simplified,
    Traditional,
}

/// <summary>
/// A report's language, decided once from its <c>lang</c> (or the site's): every word, date and size the
/// formats add around the report's own text (page chrome, format labels, the PDFs' cover date and contents
/// title, EPUB words, bag label), the EPUB's stylesheet and the PDFs' fonts. Chinese for any "zh" tag, in
/// Traditional characters for zh-Hant, zh-TW, zh-HK and zh-MO; English otherwise.
/// </summary>
public sealed class HtmlLanguage
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private HtmlLanguage(Script script) => Script = script;

    public static HtmlLanguage Chinese { get; } = new(Script.Simplified);
    public static HtmlLanguage TraditionalChinese { get; } = new(Script.Traditional);
    public static HtmlLanguage English { get; } = new(Script.Latin);

    public Script Script { get; }

    public bool IsChinese => Script != Script.Latin;

    /// <summary>
    /// Chinese indents every paragraph's first line, the one opening a section too (docs/typography.md rule 10); Latin
    /// convention sets a section's opening paragraph flush and indents the ones after it by less.
    /// </summary>
    public bool IndentsOpeningParagraph => IsChinese;

    public static HtmlLanguage For(string? lang)
    {
        if (lang is null) return English;
        var parts = lang.Split('-', '_');
        if (!parts[0].Equals("zh", StringComparison.OrdinalIgnoreCase)) return English;
        var rest = parts.Skip(1).Select(p => p.ToUpperInvariant()).ToList();
        if (rest.Contains("HANS")) return Chinese;
        return rest.Contains("HANT") || rest.Any(p => p is "TW" or "HK" or "MO") ? TraditionalChinese : Chinese;
    }

    /// <summary>English, Simplified, Traditional.</summary>
    private string T(string english, string simplified, string traditional) => Script switch
    {
        Script.Simplified => simplified,
        Script.Traditional => traditional,
        _ => english,
    };

    public string SkipToContent => T("Skip to main content", "跳到正文", "跳到正文");
    public string Contents => T("Contents", "目录", "目錄");
    public string Footnotes => T("Notes", "注释", "註釋");
    public string Downloads => T("Other formats", "下载其他格式", "下載其他格式");
    public string Attachments => T("Attachments", "附件", "附件");
    public string Citation => T("How to cite", "引用本文", "引用本文");
    public string Archive => T("Report archive", "报告档案", "報告檔案");
    public string Home => T("Back to the archive", "返回首页", "返回首頁");
    public string Feed => T("Feed (Atom)", "订阅（Atom）", "訂閱（Atom）");
    public string NotFoundTitle => T("Page not found", "页面未找到", "頁面未找到");
    public string NotFoundText => T(
        "The page you asked for does not exist or has moved. Find the report from the archive home.",
        "您要访问的页面不存在或已移动。请从首页查找报告。",
        "您要訪問的頁面不存在或已移動。請從首頁查找報告。");
    public string Search => T("Search every report", "搜索历年报告", "搜尋歷年報告");
    public string SearchFound => T("{0} passages found", "找到 {0} 段", "找到 {0} 段");
    public string SearchShown => T("{0} passages found, the first {1} shown", "找到 {0} 段，显示前 {1} 段", "找到 {0} 段，顯示前 {1} 段");
    public string SearchNone => T("Nothing found", "没有找到", "沒有找到");
    public string SearchLoading => T("Loading the index…", "正在载入索引…", "正在載入索引…");
    public string SearchFailed => T("The index could not be loaded", "索引无法载入", "索引無法載入");
    public string Published => T("Published", "发布日期", "發布日期");
    /// <summary>The banner of a preview build (`serve`, `build --preview`): its addresses and identifiers are local ones.</summary>
    public string Preview => T(
        "Preview, not for publication: its addresses and identifiers are local ones",
        "预览版，不可发布：其中的网址和标识符均为本机地址",
        "預覽版，不可發布：其中的網址和標識符均為本機位址");
    public string Draft => T("Draft, not published", "草稿（未发布）", "草稿（未發布）");
    public string Formats => T("Formats", "格式", "格式");
    public string Year(int year) => IsChinese ? $"{year}年" : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Before a correction's note: "修订于2021年3月1日", "Revised 1 March 2021"; the note follows after a colon.</summary>
    public string RevisedOn(string date) => T($"Revised {date}", $"修订于{date}", $"修訂於{date}");

    /// <summary>Between a correction's date and its note.</summary>
    public string NoteColon => T(": ", "：", "：");

    public string CopyLink => T("Copy link to this paragraph", "复制本段链接", "複製本段連結");
    public string LinkCopied => T("Link copied", "链接已复制", "連結已複製");
    public string LinkInAddressBar => T("The paragraph's link is in the address bar", "本段链接已在地址栏中", "本段連結已在網址列中");

    public string SectionLink => T("Link to this section", "本节链接", "本節連結");

    public string ParagraphLink(int ordinal) =>
        T($"Link to paragraph {ordinal}", $"链接到第{ordinal}段", $"連結到第{ordinal}段");

    public string NoteReference(int number) => T($"Note {number}", $"注释{number}", $"註釋{number}");

    public string BackToReference(int number, int occurrence, int occurrences) =>
        occurrences <= 1
            ? T($"Back to reference {number}", $"返回注释{number}的引用处", $"返回註釋{number}的引用處")
            : T($"Back to reference {number} ({occurrence})", $"返回注释{number}的第{occurrence}处引用", $"返回註釋{number}的第{occurrence}處引用");

    public string TableLabel(int ordinal) => T($"Table {ordinal}", $"表{ordinal}", $"表{ordinal}");

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
            return T(
                string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
                string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节"),
                string.Create(CultureInfo.InvariantCulture, $"{bytes} 位元組"));
        }

        if (bytes < 1024 * 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
    }

    public string Pages(int pages) =>
        T(pages == 1 ? "1 page" : string.Create(CultureInfo.InvariantCulture, $"{pages} pages"),
            string.Create(CultureInfo.InvariantCulture, $"{pages}页"),
            string.Create(CultureInfo.InvariantCulture, $"{pages}頁"));

    /// <summary>Size and page count as one phrase: "539 KB，4页", "539 KB，4頁" or "539 KB, 4 pages".</summary>
    public string SizeAndPages(string? size, string? pages) =>
        string.Join(ListSeparator, new[] { size, pages }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>Separates keywords and other lists in running text.</summary>
    public string ListSeparator => IsChinese ? "，" : ", ";

    /// <summary>The label of a published format, by its kind (FormatKinds); null for a kind it does not know.</summary>
    public string? FormatLabel(string kind) => kind switch
    {
        "html" => T("Web page", "网页版", "網頁版"),
        "pdf" => "PDF",
        "print-pdf" => T("Print edition PDF", "印刷版 PDF", "印刷版 PDF"),
        "large-print-pdf" => T("Large-print edition PDF", "大字版 PDF", "大字版 PDF"),
        "epub" => T("EPUB e-book", "EPUB 电子书", "EPUB 電子書"),
        "bundle" => T("Archive bundle (BagIt)", "归档包（BagIt）", "歸檔包（BagIt）"),
        _ => null,
    };

    /// <summary>What the report's bag holds, said where its size cannot be (on the page the bag itself contains).</summary>
    public string BundleContents => T("ZIP: every format, the source and its checksums", "ZIP：各格式、源文件及校验值", "ZIP：各格式、原始檔及校驗值");

    /// <summary>After a link in a PDF, the page its target is on; "{page}" is the number.</summary>
    public string PageReference => T(" (p. {page})", "（第{page}页）", "（第{page}頁）");

    /// <summary>The PDFs' font lists for this script: Traditional Chinese sets the TC cuts of the same families.</summary>
    public IReadOnlyList<string> Fonts(IReadOnlyList<string> families) =>
        Script == Script.Traditional
            ? [.. families.Select(f => f.EndsWith(" SC", StringComparison.Ordinal) ? f[..^3] + " TC" : f)]
            : families;

    /// <summary>
    /// How emphasis of <paramref name="text"/> is shown (docs/typography.md rule 14): in a Latin-script report always
    /// italic; in a Chinese report dots under the characters (着重号), except for a run with Latin letters and no Han
    /// (an English title, a Latin name), which is set in italic as it would be in its own language. Han is never slanted.
    /// </summary>
    public Model.EmphasisMark EmphasisFor(string text)
    {
        if (!IsChinese) return Model.EmphasisMark.Italic;
        var latin = false;
        foreach (var c in text)
        {
            if (Ingest.PunctuationNormalizer.IsHan(c)) return Model.EmphasisMark.Dots;
            latin |= char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F');
        }
        return latin ? Model.EmphasisMark.Italic : Model.EmphasisMark.Dots;
    }
}
