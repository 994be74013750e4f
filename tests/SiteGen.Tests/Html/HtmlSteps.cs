using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>Runs the HTML steps over hand-made reports with the repository's templates (or an override folder).</summary>
internal sealed class HtmlSteps : IDisposable
{
    private readonly TempInput _input = new();

    public HtmlSteps(string? overrideTemplates = null) =>
        Context = new BuildContext(_input.Options with
        {
            DefaultTemplatesDirectory = Path.Combine(Reports.RepoRoot, "templates"),
            TemplatesDirectory = overrideTemplates,
        }, Diagnostics, NullBuildLog.Instance);

    public DiagnosticBag Diagnostics { get; } = new();
    public BuildContext Context { get; }

    public static BuildState State(params Report[] reports) => new()
    {
        Site = SiteSettings.Default with { Title = "报告档案", BaseUrl = "https://example.org/archive/", Publisher = "测试出版方" },
        Reports = [.. reports.OrderByDescending(r => r.Metadata.Date)],
    };

    public BuildState Run(BuildState state) =>
        new RenderSitePages().Run(new WriteSiteAssets().Run(new RenderReportPages().Run(state, Context), Context), Context);

    public static string Text(BuildState state, string path) => System.Text.Encoding.UTF8.GetString(state.Files[path].ReadAllBytes());

    public void Dispose() => _input.Dispose();
}
