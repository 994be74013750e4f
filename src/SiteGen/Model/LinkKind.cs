namespace SiteGen.Model;

/// <summary>What a link points at. Decided here, once, from the href; ingestion, the page, the EPUB, the PDFs
/// and the cross-report checks all read <see cref="LinkInline.Kind"/> rather than classifying again.</summary>
public enum LinkKind
{
    /// <summary>"#id": a heading, paragraph, figure, table or note of the same report.</summary>
    Anchor,

    /// <summary>
    /// Another report (or a section of it): its page "../slug/", "../slug/index.html", or its Markdown file
    /// as written beside this one ("../cppcc-report-2020/report.md"), optionally with "#id". Linking checks
    /// the report and the id and rewrites every form to "../slug/#id" with the absolute URL beside it.
    /// </summary>
    OtherReport,

    /// <summary>Any other relative path (a file beside the report, e.g. "http-notes.html" or "data/a.xlsx").</summary>
    LocalFile,

    /// <summary>An absolute http or https URL.</summary>
    Web,

    /// <summary>A mailto: address.</summary>
    Mail,

    /// <summary>No target at all ("[text]()"): the text stays, no link is made.</summary>
    Empty,

    /// <summary>Any other scheme (javascript:, data:, file:, vbscript:…): never reaches the output.</summary>
    Unsafe,
}

/// <summary>The one classifier of link targets.</summary>
public static class LinkKinds
{
    public static LinkKind Of(string? href)
    {
        // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:" is still a script.
        var compact = new string((href ?? "").Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0)
        {
            return LinkKind.Empty;
        }

        if (compact[0] == '#')
        {
            return LinkKind.Anchor;
        }

        var colon = compact.IndexOf(':');
        var boundary = compact.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (boundary < 0 || colon < boundary))
        {
            return compact[..colon].ToLowerInvariant() switch
            {
                "http" or "https" => LinkKind.Web,
                "mailto" => LinkKind.Mail,
                _ => LinkKind.Unsafe,
            };
        }

        // A report's page is <slug>/index.html, so "../<folder>/" (or its index.html) is another report's page.
        var path = compact.Split('#', 2)[0].Split('?', 2)[0];
        var parts = path.Split('/');
        var isPage = parts.Length == 3 && parts[0] == ".." && parts[1].Length > 0 && parts[1] != ".." && parts[2] is "" or "index.html";
        // A Markdown file is a report's source: the site has no such file, only the report's page.
        var isSource = path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith('/');
        return isPage || isSource ? LinkKind.OtherReport : LinkKind.LocalFile;
    }

    /// <summary>True for every kind that may be written as an href.</summary>
    public static bool MayLink(LinkKind kind) => kind is not (LinkKind.Empty or LinkKind.Unsafe);
}
