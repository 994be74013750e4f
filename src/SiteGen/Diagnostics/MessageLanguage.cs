namespace SiteGen.Diagnostics;

/// <summary>The languages SiteGen speaks to its user in (not the language of a report, which is its own field).</summary>
public enum MessageLanguage
{
    English,
    Chinese,
}
