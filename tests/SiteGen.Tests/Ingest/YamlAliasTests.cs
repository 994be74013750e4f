using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// A "billion laughs" in YAML (nested lists of aliases) once kept a build busy for good. Front matter, site.yml and
/// edition files refuse anchors and aliases at the first one, at its line, before anything walks the values.
/// The bombs here are small (10⁵ values), so a regression fails these tests instead of hanging them.
/// </summary>
public sealed class YamlAliasTests : IDisposable
{
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    private static string Bomb()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        var previous = 'a';
        foreach (var name in "bcde")
        {
            text.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(", ", Enumerable.Repeat("*" + previous, 10)).Append("]\n");
            previous = name;
        }

        return text.ToString();
    }

    [Fact]
    public void Front_matter_with_aliases_is_refused_at_the_first_anchor()
    {
        var (report, diagnostics) = Reports.Parse("---\ntitle: 报告\ndate: 2021-02-22\n" + Bomb() + "---\n\n正文。\n");
        Assert.Null(report);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidFrontMatter, error.Code);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("&name, *name", error.Message);
    }

    [Fact]
    public void A_single_alias_is_refused_too_at_its_line()
    {
        var (report, diagnostics) = Reports.Parse("---\ntitle: &t 报告\ndate: 2021-02-22\ndescription: *t\n---\n\n正文。\n");
        Assert.Null(report);
        Assert.Equal(2, Assert.Single(diagnostics, d => d.Severity == Severity.Error).Location.Line);
    }

    [Fact]
    public void Site_settings_with_aliases_are_refused()
    {
        _input.Write("site.yml", "title: 档案\n" + Bomb());
        var bag = new DiagnosticBag();
        SiteSettingsReader.Read(_input.Input, bag);
        var error = Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.InvalidSiteSettings, 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void An_edition_file_with_aliases_is_refused()
    {
        var bag = new DiagnosticBag();
        var shipped = File.ReadAllText(Path.Combine(Reports.RepoRoot, "templates", "editions", "screen.yml"));
        Assert.Null(EditionSettingsLoader.Parse(shipped + "\nx-sizes: &s [1, 2]\ny-sizes: *s\n", "screen.yml", bag));
        var error = Assert.Single(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidEditionFile, error.Code);
    }

    [Fact]
    public void Ampersands_and_asterisks_inside_values_are_plain_text()
    {
        var (report, diagnostics) = Reports.Parse("---\ntitle: \"政协 & 人大 *联合* 报告\"\ndate: 2021-02-22\n---\n\n正文。\n");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("政协 & 人大 *联合* 报告", report!.Metadata.Title);
    }
}
