using SiteGen.Model;

namespace SiteGen.Html;

/// <summary>
/// Which link targets may reach the output: http, https, mailto, same-page fragments and relative paths
/// (<see cref="LinkKinds"/> decides). Ingestion already drops script URLs; this is the second line of defence.
/// </summary>
public static class SafeHref
{
    public static bool IsSafe(string? href) => LinkKinds.MayLink(LinkKinds.Of(href));
}
