using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Issue 9: `check` is `build` without writing. Over every input of this suite's kinds (good, warning-only,
/// each kind of content error, a bad template, a misspelt font in an edition file, a PDF-only failure, the
/// repository's own input/), check passes exactly when build does, with the same error codes, and writes nothing.
/// </summary>
public sealed class CheckAgreesWithBuildTests
{
    private const string Good = "---\ntitle: 好报告\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n";

    public static TheoryData<string, bool> Fixtures => new()
    {
        { "good", true },
        { "warning-only", true },
        { "no-title", false },
        { "bad-date", false },
        { "unclosed-front-matter", false },
        { "missing-image", false },
        { "broken-anchor", false },
        { "raw-html", false },
        { "duplicate-slug", false },
        { "gif-figure", false },
        { "template-error", false },
        { "misspelt-edition-font", false },
        { "edition-file-syntax", false },
        { "repository-input", true },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Check_passes_exactly_when_build_does(string fixture, bool builds)
    {
        using var input = new TempInput();
        var options = Prepare(fixture, input);

        var check = SiteBuilder.Check(options);
        Assert.False(Directory.Exists(options.OutputDirectory), "check wrote the output folder");
        var build = SiteBuilder.Build(options with { UseCache = false });

        Assert.Equal(builds, build.Succeeded);
        Assert.Equal(build.Succeeded, check.Succeeded);
        Assert.Equal(Errors(build), Errors(check));
    }

    [Fact]
    public void A_misspelt_font_family_is_reported_at_its_line_with_the_edition_code()
    {
        using var input = new TempInput();
        var check = SiteBuilder.Check(Prepare("misspelt-edition-font", input));
        var error = Assert.Single(check.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidEditionFile, error.Code);
        Assert.EndsWith("screen.yml", error.Location.File);
        Assert.Contains("Noto Serif CJK XX", error.Message);
        var line = File.ReadAllLines(error.Location.File)[error.Location.Line - 1];
        Assert.Equal(line.IndexOf("Noto Serif CJK XX", StringComparison.Ordinal) + 1, error.Location.Column);
    }

    [Fact]
    public void All_errors_of_a_phase_are_reported_together()
    {
        // A broken site.yml (read: ReadSources) and a broken template (read: LoadTemplates) are both reported;
        // the pipeline used to stop at the first failing step.
        using var input = new TempInput();
        var options = Prepare("template-error", input);
        input.Write("site.yml", "title: [unclosed\n");
        var check = SiteBuilder.Check(options);
        Assert.Contains(check.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSiteSettings);
        Assert.Contains(check.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError);
    }

    private const string GifReport = "---\ntitle: 图\ndate: 2021-02-21\n---\n\n正文。\n\n^^^\n![会场](hall.gif)\n^^^ 图一 会场\n";
    private static readonly byte[] Gif = [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0x80, 0, 0];

    private static BuildOptions Prepare(string fixture, TempInput input)
    {
        var options = input.Options;
        var templates = Path.Combine(input.Root, "templates");
        input.Write("good/report.md", Good);
        switch (fixture)
        {
            case "good":
                break;
            case "warning-only":
                input.Write("warn/report.md", "---\ntitle: 报告\ndate: 2021-02-20\ncolour: red\n---\n\n正文。\n");
                break;
            case "no-title":
                input.Write("bad/report.md", "---\ndate: 2021-02-22\n---\n正文。\n");
                break;
            case "bad-date":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-30\n---\n正文。\n");
                break;
            case "unclosed-front-matter":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-22\n正文。\n");
                break;
            case "missing-image":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-22\n---\n![图](missing.png)\n");
                break;
            case "broken-anchor":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-22\n---\n见[此处](#nowhere)。\n");
                break;
            case "raw-html":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-22\n---\n<div onclick=\"x()\">文</div>\n");
                break;
            case "duplicate-slug":
                input.Write("bad/report.md", "---\ntitle: 报告\ndate: 2021-02-22\nslug: good\n---\n正文。\n");
                break;
            case "gif-figure":
                input.Write("g/report.md", GifReport).WriteBytes("g/hall.gif", Gif);
                break;
            case "template-error":
                Directory.CreateDirectory(Path.Combine(templates, "layouts"));
                File.WriteAllText(Path.Combine(templates, "layouts", "report.sbn-html"), "<html>{{ if }}</html>\n");
                options = options with { TemplatesDirectory = templates };
                break;
            case "misspelt-edition-font":
                options = WithEdition(options, templates, text => text.Replace("body-fonts: [Noto Serif CJK SC,", "body-fonts: [Noto Serif CJK XX,", StringComparison.Ordinal));
                break;
            case "edition-file-syntax":
                options = WithEdition(options, templates, text => text + "\nbody-size: [unclosed\n");
                break;
            case "repository-input":
                options = options with { InputDirectory = Path.Combine(Reports.RepoRoot, "input") };
                break;
            default:
                throw new ArgumentException(fixture, nameof(fixture));
        }

        return options;
    }

    private static BuildOptions WithEdition(BuildOptions options, string templates, Func<string, string> change)
    {
        var editions = Path.Combine(templates, "editions");
        Directory.CreateDirectory(editions);
        var original = File.ReadAllText(Path.Combine(options.DefaultTemplatesDirectory, "editions", "screen.yml"));
        var changed = change(original);
        Assert.NotEqual(original, changed);
        File.WriteAllText(Path.Combine(editions, "screen.yml"), changed);
        return options with { TemplatesDirectory = templates };
    }

    private static string[] Errors(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Location.File}:{d.Location.Line}").Distinct().Order(StringComparer.Ordinal)];
}
