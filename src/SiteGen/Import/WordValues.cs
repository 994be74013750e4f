using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>Reads WordprocessingML's small value conventions once.</summary>
internal static class WordValues
{
    /// <summary>An on/off property is on when present without a value, or with true, on or 1.</summary>
    public static bool IsOn(OnOffType property) => property.Val is null || property.Val.Value;

    public static bool IsOn(Emphasis emphasis) =>
        emphasis.Val is null || emphasis.Val.InnerText is not ("none" or "");
}
