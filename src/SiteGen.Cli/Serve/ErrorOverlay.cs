using System.Net;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The box shown on every served page while the latest build has errors or crashed: what failed, where,
/// and that the last good build is what is shown underneath. Added to responses only; styled by a
/// stylesheet of its own (<see cref="StylePath"/>), since the preview's policy allows no inline style.
/// </summary>
internal static class ErrorOverlay
{
    public const string StylePath = "/__sitegen/overlay.css";

    public const string Style =
        "#sitegen-errors{position:fixed;inset:1rem;z-index:2147483647;overflow:auto;background:#fff;color:#000;" +
        "border:4px solid #b00020;padding:1rem;font:16px/1.5 monospace}\n#sitegen-errors h2{margin-top:0}\n";

    private const string StyleLink = "<link rel=\"stylesheet\" href=\"" + StylePath + "\">";

    public static string Html(IReadOnlyList<Diagnostic> diagnostics, string inputAsTyped, MessageLanguage language)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => d with { Location = d.Location with { File = Path.Combine(inputAsTyped, d.Location.File).Replace('\\', '/') } })
            .ToList();
        var heading = errors.Count == 1 ? CliMessages.OverlayFailedOne.With() : CliMessages.OverlayFailed.With(errors.Count);
        var html = Open(language).Append("<h2>").Append(Encode(heading, language)).Append("</h2><p>").Append(Encode(FixHint(errors), language)).Append("</p><ul>");
        foreach (var diagnostic in errors)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(diagnostic.Format(language))).Append("</li>");
        }

        return html.Append("</ul></div>").ToString();
    }

    /// <summary>The box for a build that threw instead of finishing: a bug in SiteGen or a fault of the machine.</summary>
    public static string Crash(string message, MessageLanguage language) =>
        Open(language).Append("<h2>").Append(Encode(CliMessages.OverlayCrashed.With(), language)).Append("</h2><p>").Append(WebUtility.HtmlEncode(message))
            .Append("</p><p>").Append(Encode(CliMessages.OverlayCrashHint.With(), language)).Append("</p></div>")
            .ToString();

    /// <summary>
    /// Where to fix the errors: "the report files" when every one is in a report, otherwise the files by name
    /// (a template, site.yml, an edition file), so a template error never sends anyone to the reports.
    /// </summary>
    private static Message FixHint(IReadOnlyList<Diagnostic> errors)
    {
        if (errors.All(e => e.Location.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            return CliMessages.OverlayFixReports.With();
        }

        var files = errors.Select(e => e.Location.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return CliMessages.OverlayFixFiles.With(Messages.Listed(files));
    }

    private static string Encode(Message message, MessageLanguage language) => WebUtility.HtmlEncode(MessageText.Clean(message.Render(language)));

    /// <summary>A whole page, for when no good build exists yet.</summary>
    public static string Page(string box, MessageLanguage language) =>
        "<!DOCTYPE html><html lang=\"" + LanguageTag(language) + "\"><head><meta charset=\"utf-8\"><title>" + Encode(CliMessages.OverlayTitle.With(), language) + "</title></head><body>"
        + box + LiveReload.ScriptTag + "</body></html>";

    /// <summary>Puts <paramref name="extra"/> just before &lt;/body&gt;, or at the end when there is none.</summary>
    public static byte[] Inject(byte[] page, string extra)
    {
        var text = Encoding.UTF8.GetString(page);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + extra : text.Insert(at, extra));
    }

    private static StringBuilder Open(MessageLanguage language) =>
        new StringBuilder(StyleLink).Append("<div id=\"sitegen-errors\" role=\"alert\" lang=\"").Append(LanguageTag(language)).Append("\">");

    /// <summary>The box's language, so screen readers pronounce it right over a page in another language.</summary>
    private static string LanguageTag(MessageLanguage language) => language == MessageLanguage.Chinese ? "zh-CN" : "en";
}
