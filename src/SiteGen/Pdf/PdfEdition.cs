using SiteGen.Typesetting.Model;

namespace SiteGen.Pdf;

/// <summary>One PDF edition as its settings file describes it: output naming plus the engine's page settings.</summary>
/// <param name="PageReferences">Text set after internal links, keyed by language tag or primary subtag, or "default".</param>
public sealed record PdfEdition(string Name, string Kind, string Label, string Suffix, int ContentsDepth, EditionSettings Settings,
    IReadOnlyDictionary<string, string>? PageReferences = null)
{
    public string FileName(string slug) => $"{slug}{Suffix}.pdf";

    /// <summary>The page-reference format for a report in <paramref name="lang"/> ("zh-CN" uses "zh-CN", then "zh", then "default"); null for none.</summary>
    public string? PageReferenceFor(string lang)
    {
        if (PageReferences is null || PageReferences.Count == 0) return null;
        var primary = lang.Split('-')[0];
        // zh-TW, zh-HK, zh-Hant…: the edition's "zh-Hant" words before the Simplified "zh" ones.
        var script = Html.HtmlLanguage.For(lang).Script == Html.Script.Traditional ? "zh-Hant" : primary;
        foreach (var key in new[] { lang, script, primary, "default" })
            foreach (var (k, format) in PageReferences)
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                    return string.IsNullOrEmpty(format) ? null : format;
        return null;
    }
}
