namespace SiteGen.Epub;

/// <summary>The few words the EPUB adds around the report, in the report's language (Simplified or Traditional Chinese, or English).</summary>
internal sealed record EpubText(string Contents, string Summary, string SummaryWithImages, string SummaryMissingAlt, string PrintPages, string PageListNote)
{
    private static readonly EpubText Chinese = new(
        Contents: "目录",
        Summary: "本电子书为可重排文本，符合 EPUB 无障碍 1.1 与 WCAG 2.2 AA 级要求：提供由标题生成的目录与结构化导航，阅读顺序与原文一致，不含闪烁、声音或动画等危险内容。",
        SummaryWithImages: "本电子书为可重排文本，符合 EPUB 无障碍 1.1 与 WCAG 2.2 AA 级要求：提供由标题生成的目录与结构化导航，阅读顺序与原文一致，所有图片均附替代文字，不含闪烁、声音或动画等危险内容。",
        SummaryMissingAlt: "本电子书为可重排文本，提供由标题生成的目录与结构化导航，阅读顺序与原文一致，不含闪烁、声音或动画等危险内容；部分图片缺少替代文字，因此未声明符合 WCAG 2.2 AA 级。",
        PrintPages: "印刷版页码",
        PageListNote: "页码列表与印刷版 PDF 的页码对应，可据以引用印刷版页码。");

    private static readonly EpubText Traditional = new(
        Contents: "目錄",
        Summary: "本電子書為可重排文本，符合 EPUB 無障礙 1.1 與 WCAG 2.2 AA 級要求：提供由標題生成的目錄與結構化導覽，閱讀順序與原文一致，不含閃爍、聲音或動畫等危險內容。",
        SummaryWithImages: "本電子書為可重排文本，符合 EPUB 無障礙 1.1 與 WCAG 2.2 AA 級要求：提供由標題生成的目錄與結構化導覽，閱讀順序與原文一致，所有圖片均附替代文字，不含閃爍、聲音或動畫等危險內容。",
        SummaryMissingAlt: "本電子書為可重排文本，提供由標題生成的目錄與結構化導覽，閱讀順序與原文一致，不含閃爍、聲音或動畫等危險內容；部分圖片缺少替代文字，因此未聲明符合 WCAG 2.2 AA 級。",
        PrintPages: "印刷版頁碼",
        PageListNote: "頁碼列表與印刷版 PDF 的頁碼對應，可據以引用印刷版頁碼。");

    private static readonly EpubText English = new(
        Contents: "Contents",
        Summary: "This reflowable EPUB meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA: a table of contents built from the headings, structural navigation, a reading order that follows the text, and no flashing, sound or motion hazards.",
        SummaryWithImages: "This reflowable EPUB meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA: a table of contents built from the headings, structural navigation, a reading order that follows the text, alternative text for every image, and no flashing, sound or motion hazards.",
        SummaryMissingAlt: "This reflowable EPUB has a table of contents built from the headings, structural navigation, a reading order that follows the text, and no flashing, sound or motion hazards; some images lack alternative text, so no WCAG 2.2 Level AA conformance is claimed.",
        PrintPages: "Print edition pages",
        PageListNote: "A page list maps to the page numbers of the print PDF edition, so its pages can be cited.");

    public static EpubText For(string lang) => Html.HtmlLanguage.For(lang).Script switch
    {
        Html.Script.Simplified => Chinese,
        Html.Script.Traditional => Traditional,
        _ => English,
    };
}
