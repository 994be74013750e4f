using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Issue 11: a build for publication needs the real base_url; identifiers are made from it and the slug only.</summary>
public sealed class PublicationAddressTests
{
    private const string Report = "---\ntitle: 工作报告\ndate: 2021-02-22\n---\n## 回顾\n\n正文。\n";

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.com/reports/")]
    [InlineData("http://www.example.net/")]
    [InlineData("https://archive.EXAMPLE.org./x/")]
    [InlineData("http://localhost:8000/")]
    [InlineData("http://reports.localhost/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.45.0.9:8080/site/")]
    [InlineData("http://[::1]:8000/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("https://reports.test/")]
    [InlineData("https://cppcc.invalid/")]
    [InlineData("https://site.example/")]
    [InlineData("https://printer.local/")]
    [InlineData("https://intranet/")]
    [InlineData("https://www.bozhou.gov.cn/?page=1")]
    [InlineData("https://user@www.bozhou.gov.cn/")]
    [InlineData("http://169.254.10.1/")]
    public void Placeholder_and_local_addresses_cannot_be_published(string url) =>
        Assert.NotNull(PublicationAddress.WhyNotPublishable(url));

    [Theory]
    [InlineData("https://www.bozhou.gov.cn/zxgzbg/")]
    [InlineData("http://zx.bozhou.gov.cn/")]
    [InlineData("https://portal.example.cn/reports/")] // example.cn is a name like any other, not reserved
    [InlineData("https://examples.org/")]
    [InlineData("https://203.0.113.7/archive/")]
    public void Real_addresses_can(string url) => Assert.Null(PublicationAddress.WhyNotPublishable(url));

    [Fact]
    public void A_build_without_base_url_stops_and_says_where_to_add_it()
    {
        using var input = new TempInput().Write("site.yml", "title: 档案\n").Write("r/report.md", Report);
        var result = SiteBuilder.Build(input.Options with { BuildPdf = false, UseCache = false });

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.BaseUrlNotPublishable, error.Code);
        Assert.Equal("site.yml", error.Location.ToString());
        Assert.Contains("add 'base_url: https://…/'", error.Text.Render(MessageLanguage.English));
        Assert.False(result.Written);
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void A_build_without_site_yml_stops_too()
    {
        using var input = new TempInput().Write("r/report.md", Report);
        File.Delete(Path.Combine(input.Input, "site.yml"));
        var result = SiteBuilder.Check(input.Options);
        Assert.Equal([DiagnosticCodes.BaseUrlNotPublishable], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
    }

    [Theory]
    [InlineData("base_url: https://example.org/bozhou-cppcc/", 2, 11)]
    [InlineData("base_url:   http://localhost:8000/", 2, 13)]
    [InlineData("base_url:", 2, 10)]
    public void A_placeholder_or_local_base_url_is_an_error_at_its_line(string line, int row, int column)
    {
        using var input = new TempInput().Write("site.yml", "title: 档案\n" + line + "\n").Write("r/report.md", Report);
        var result = SiteBuilder.Check(input.Options);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.BaseUrlNotPublishable, error.Code);
        Assert.Equal(new SourceLocation("site.yml", row, column), error.Location);
        Assert.Contains("--preview", error.Text.Render(MessageLanguage.English));
        Assert.Contains("base_url", error.Text.Render(MessageLanguage.Chinese));
    }

    [Fact]
    public void A_base_url_that_is_not_a_url_is_said_once()
    {
        using var input = new TempInput().Write("site.yml", "base_url: www.bozhou.gov.cn\n").Write("r/report.md", Report);
        var error = Assert.Single(SiteBuilder.Check(input.Options).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidSiteSettings, error.Code);
    }

    [Fact]
    public void The_shipped_site_yml_names_a_publishable_address()
    {
        var bag = new DiagnosticBag();
        var site = SiteSettingsReader.Read(Path.Combine(Reports.RepoRoot, "input"), bag);
        Assert.False(bag.HasErrors);
        Assert.NotNull(site.BaseUrlAt);
        Assert.Null(PublicationAddress.WhyNotPublishable(site.BaseUrl));
    }
}
