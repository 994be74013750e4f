namespace SiteGen.Html;

/// <summary>
/// Which link targets may reach the output: http, https, mailto, same-page fragments and relative paths.
/// Ingestion already drops script URLs; this is the second line of defence.
/// </summary>
public static class SafeHref
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }

        // Browsers ignore whitespace and control characters inside a scheme ("java\nscript:"), so must we.
        var compact = new string(href.Where(c => c > ' ' && c != '\u007F').ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var boundary = compact.IndexOfAny(['/', '?', '#']);
        if (boundary >= 0 && boundary < colon)
        {
            // The colon sits after a path, query or fragment start: a relative reference, not a scheme.
            return true;
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
