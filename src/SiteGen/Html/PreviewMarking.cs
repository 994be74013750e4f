using System.Text.RegularExpressions;

namespace SiteGen.Html;

/// <summary>
/// A preview build marks every page as one, whatever layout made it: a custom layout that leaves out
/// partials/preview-banner or the noindex line still gets both, so a preview copy that leaks onto a server
/// is never mistaken for the archive nor indexed. The shipped layouts already carry them and are left as they are.
/// </summary>
internal static partial class PreviewMarking
{
    /// <summary>What the banner partial writes; its presence means the layout marked the page itself.</summary>
    public const string BannerAttribute = "data-sitegen-preview=\"yes\"";

    public static string Ensure(string html, HtmlLanguage language)
    {
        if (!NoIndex().IsMatch(html) && HeadEnd().Match(html) is { Success: true } head)
        {
            html = html.Insert(head.Index, "<meta name=\"robots\" content=\"noindex\" />\n");
        }

        if (!html.Contains(BannerAttribute, StringComparison.Ordinal))
        {
            var banner = $"<p class=\"preview-banner\" role=\"note\" {BannerAttribute}>{HtmlText.Escape(language.Preview)}</p>\n";
            var body = BodyStart().Match(html);
            html = body.Success ? html.Insert(body.Index + body.Length, "\n" + banner) : banner + html;
        }

        return html;
    }

    [GeneratedRegex("<meta\\s+name=[\"']?robots[\"']?\\s+content=[\"'][^\"']*noindex", RegexOptions.IgnoreCase)]
    private static partial Regex NoIndex();

    [GeneratedRegex("</head\\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnd();

    [GeneratedRegex("<body(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
