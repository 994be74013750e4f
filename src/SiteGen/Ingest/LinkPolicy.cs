namespace SiteGen.Ingest;

/// <summary>Which link targets may reach the output: http(s), mailto, relative paths and #anchors.</summary>
internal static class LinkPolicy
{
    /// <summary>The href to use, or null when it must not be emitted (javascript:, data:, vbscript:, file:…).</summary>
    public static string? Check(string href)
    {
        var trimmed = href.Trim();
        // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:" is still a script.
        var squeezed = new string(trimmed.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = squeezed.IndexOf(':');
        var slash = squeezed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme)
        {
            return trimmed;
        }

        var scheme = squeezed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" ? trimmed : null;
    }
}
