using SiteGen.Diagnostics;
using SiteGen.Html.Templates;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Html.SampleReports;

namespace SiteGen.Tests.Html;

public sealed class TemplateSetTests : IDisposable
{
    // The override folder sits one level down in a unique folder, so a file "outside" it is still ours alone.
    private readonly string _outer = Directory.CreateTempSubdirectory("sitegen-templates-").FullName;

    private string OverrideFolder => Path.Combine(_outer, "templates");

    public void Dispose() => Directory.Delete(_outer, recursive: true);

    [Fact]
    public void A_site_template_with_the_same_name_wins()
    {
        Write("layouts/404.sbn-html", "<p>自定义：{{ esc title }}</p>");
        using var steps = new HtmlSteps(OverrideFolder);

        var state = steps.Run(HtmlSteps.State(Of(Paragraph("p", new SiteGen.Model.TextInline("x")))));

        Assert.Equal("<p>自定义：页面未找到</p>", HtmlSteps.Text(state, "404.html"));
        Assert.Contains("<h1>测试报告</h1>", HtmlSteps.Text(state, "t-2021/index.html"));
        Assert.Empty(steps.Diagnostics.Sorted());
    }

    [Fact]
    public void A_site_stylesheet_replaces_the_built_in_one()
    {
        Write("assets/site.css", "body { color: #000000; }");
        using var steps = new HtmlSteps(OverrideFolder);

        var state = steps.Run(HtmlSteps.State(Of()));

        Assert.Equal("body { color: #000000; }", HtmlSteps.Text(state, "assets/site.css"));
    }

    [Fact]
    public void A_syntax_error_is_reported_as_SG010_with_file_line_and_column()
    {
        var path = Write("partials/site-footer.sbn-html", "<footer>\n<p>{{ if publisher }</p>\n</footer>\n");
        var diagnostics = new DiagnosticBag();

        var set = TemplateSet.Load(Path.Combine(Reports.RepoRoot, "templates"), OverrideFolder, diagnostics);

        Assert.True(set.HasErrors);
        var errors = diagnostics.Sorted();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Equal($"{path}:2:20", error.Location.ToString());
        });
    }

    [Fact]
    public void An_unknown_variable_is_reported_at_its_line_and_stops_the_page()
    {
        var path = Write("layouts/404.sbn-html", "<!DOCTYPE html>\n<title>{{ esc title }}</title>\n<p>{{ esc titel }}</p>\n");
        using var steps = new HtmlSteps(OverrideFolder);

        var state = steps.Run(HtmlSteps.State(Of()));

        var error = Assert.Single(steps.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Equal($"{path}:3:11", error.Location.ToString());
        Assert.False(state.Files.ContainsKey("404.html"));
    }

    [Fact]
    public void Broken_templates_stop_every_html_step_without_exceptions()
    {
        Write("layouts/report.sbn-html", "{{ for }}");
        using var steps = new HtmlSteps(OverrideFolder);

        var state = steps.Run(HtmlSteps.State(Of()));

        Assert.Contains(steps.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TemplateError && d.Location.File.EndsWith("report.sbn-html", StringComparison.Ordinal));
        Assert.Empty(state.Files);
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("partials/../../secret.sbn-html")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\secret")]
    [InlineData("")]
    public void The_loader_refuses_names_that_leave_the_templates_folder(string name)
    {
        Assert.Null(TemplatePath.Normalize(name));
    }

    [Theory]
    [InlineData("partials/head-assets", "partials/head-assets.sbn-html")]
    [InlineData("./partials//site-footer.sbn-html", "partials/site-footer.sbn-html")]
    [InlineData("layouts/../partials/x", "partials/x.sbn-html")]
    public void The_loader_normalizes_names_inside_the_folder(string name, string expected)
    {
        Assert.Equal(expected, TemplatePath.Normalize(name));
    }

    [Fact]
    public void An_include_climbing_out_of_the_folder_is_a_template_error()
    {
        File.WriteAllText(Path.Combine(_outer, "sitegen-outside.sbn-html"), "偷看");
        var path = Write("layouts/404.sbn-html", "<p>\n{{ include '../../sitegen-outside' }}</p>");
        using var steps = new HtmlSteps(OverrideFolder);

        var state = steps.Run(HtmlSteps.State(Of()));

        var error = Assert.Single(steps.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Equal(path, error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("inside the templates folder", error.Message);
        Assert.False(state.Files.ContainsKey("404.html"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(OverrideFolder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
