using System.CommandLine;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>Options shared by the commands, and how they become <see cref="BuildOptions"/>.</summary>
internal static class CommonOptions
{
    /// <summary>The names --formats accepts; HTML is always built because every other format links from it.</summary>
    public static readonly string[] FormatNames = ["html", "pdf", "epub", "bundle"];

    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding the reports' Markdown, their images and site.yml",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Folder to publish into; replaced as a whole only when the build succeeds",
        DefaultValueFactory = _ => "output",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "A site's own templates folder; a file here overrides the built-in template of the same name",
    };

    public static Option<string[]> Formats()
    {
        var option = new Option<string[]>("--formats")
        {
            Description = "Formats to build, comma-separated: html, pdf, epub, bundle (default: all; html is always built)",
            AllowMultipleArgumentsPerToken = true,
        };
        option.Validators.Add(result =>
        {
            foreach (var name in Split(result.GetValueOrDefault<string[]>() ?? []))
            {
                if (!FormatNames.Contains(name, StringComparer.Ordinal))
                {
                    result.AddError($"--formats: unknown format '{name}'; use any of {string.Join(", ", FormatNames)}, e.g. --formats html,pdf");
                }
            }
        });
        return option;
    }

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Rebuild every report instead of reusing results from the cache beside the output folder (.sitegen-cache)",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors and warnings" };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print every phase with its timing, work counters and cache use" };

    public static BuildOptions ToBuildOptions(string input, string output, string? templates) => new()
    {
        InputDirectory = Path.GetFullPath(input),
        OutputDirectory = Path.GetFullPath(output),
        TemplatesDirectory = templates is null ? null : Path.GetFullPath(templates),
        DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
    };

    /// <summary>Applies --formats (none given means all) and --no-cache.</summary>
    public static BuildOptions WithSwitches(this BuildOptions options, string[]? formats, bool noCache)
    {
        var names = Split(formats ?? []);
        var all = names.Count == 0;
        return options with
        {
            BuildPdf = all || names.Contains("pdf"),
            BuildEpub = all || names.Contains("epub"),
            BuildArchive = all || names.Contains("bundle"),
            UseCache = !noCache,
        };
    }

    private static HashSet<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
