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

    public static string Html(IReadOnlyList<Diagnostic> diagnostics, string inputAsTyped)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var html = Open().Append("<h2>The latest build failed: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append("</h2>")
            .Append("<p>Fix these in the report files and save; the page reloads by itself. Underneath is the last good build.</p><ul>");
        foreach (var diagnostic in errors)
        {
            var file = Path.Combine(inputAsTyped, diagnostic.Location.File).Replace('\\', '/');
            var shown = diagnostic with { Location = diagnostic.Location with { File = file } };
            html.Append("<li>").Append(WebUtility.HtmlEncode(shown.ToString())).Append("</li>");
        }

        return html.Append("</ul></div>").ToString();
    }

    /// <summary>The box for a build that threw instead of finishing: a bug in SiteGen or a fault of the machine.</summary>
    public static string Crash(string message) =>
        Open().Append("<h2>The latest build crashed</h2><p>").Append(WebUtility.HtmlEncode(message))
            .Append("</p><p>The log of <code>sitegen serve</code> says the same. Save a file to try again; underneath is the last good build.</p></div>")
            .ToString();

    /// <summary>A whole page, for when no good build exists yet.</summary>
    public static string Page(string box) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SiteGen: build failed</title></head><body>"
        + box + LiveReload.ScriptTag + "</body></html>";

    /// <summary>Puts <paramref name="extra"/> just before &lt;/body&gt;, or at the end when there is none.</summary>
    public static byte[] Inject(byte[] page, string extra)
    {
        var text = Encoding.UTF8.GetString(page);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + extra : text.Insert(at, extra));
    }

    private static StringBuilder Open() =>
        new StringBuilder(StyleLink).Append("<div id=\"sitegen-errors\" role=\"alert\" lang=\"en\">");
}
