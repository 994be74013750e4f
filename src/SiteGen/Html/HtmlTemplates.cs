using System.Runtime.CompilerServices;
using SiteGen.Html.Templates;
using SiteGen.Pipeline;

namespace SiteGen.Html;

/// <summary>
/// The template set of a build, parsed once on first use and shared by every HTML step of that build
/// (keyed by the build's context, so two builds with different --templates folders never mix).
/// </summary>
internal static class HtmlTemplates
{
    private static readonly ConditionalWeakTable<BuildContext, TemplateSet> Loaded = new();

    public static TemplateSet For(BuildContext context) =>
        Loaded.GetValue(context, c => TemplateSet.Load(
            c.Options.DefaultTemplatesDirectory, c.Options.TemplatesDirectory, c.Diagnostics));

    public const string ReportLayout = "layouts/report.sbn-html";
    public const string HomeLayout = "layouts/home.sbn-html";
    public const string NotFoundLayout = "layouts/404.sbn-html";
    public const string RobotsTemplate = "robots.sbn-txt";
    public const string AssetsFolder = "assets/";
}
