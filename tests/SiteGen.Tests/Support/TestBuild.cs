using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

internal static class TestBuild
{
    public static BuildContext Context(string inputDirectory) => new(
        new BuildOptions
        {
            InputDirectory = inputDirectory,
            OutputDirectory = Path.Combine(inputDirectory, "..", "out"),
            DefaultTemplatesDirectory = inputDirectory,
        },
        new DiagnosticBag(),
        NullBuildLog.Instance);

    public static BuildState State(params Report[] reports) => new()
    {
        Site = SiteSettings.Default with { BaseUrl = "https://example.org/reports/", Publisher = "亳州市政协" },
        Reports = [.. reports],
    };
}
