using System.CommandLine;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>Options shared by the commands, and how they become <see cref="BuildOptions"/>.</summary>
internal static class CommonOptions
{
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

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors and warnings" };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print every phase with its timing" };

    public static BuildOptions ToBuildOptions(string input, string output, string? templates) => new()
    {
        InputDirectory = Path.GetFullPath(input),
        OutputDirectory = Path.GetFullPath(output),
        TemplatesDirectory = templates is null ? null : Path.GetFullPath(templates),
        DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
    };
}
