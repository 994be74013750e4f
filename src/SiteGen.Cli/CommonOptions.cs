using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>Options shared by the commands, and how they become <see cref="BuildOptions"/>.</summary>
internal static class CommonOptions
{
    /// <summary>The names --formats accepts; HTML is always built because every other format links from it.</summary>
    public static readonly string[] FormatNames = ["html", "pdf", "epub", "bundle"];

    public static Option<string> Input() => new("--input", "-i")
    {
        Description = Ui.Say(CliMessages.HelpInput.With()),
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = Ui.Say(CliMessages.HelpOutput.With()),
        DefaultValueFactory = _ => "output",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = Ui.Say(CliMessages.HelpTemplates.With()),
    };

    public static Option<string[]> Formats()
    {
        var option = new Option<string[]>("--formats")
        {
            Description = Ui.Say(CliMessages.HelpFormats.With()),
            AllowMultipleArgumentsPerToken = true,
        };
        option.Validators.Add(result =>
        {
            foreach (var name in Split(result.GetValueOrDefault<string[]>() ?? []))
            {
                if (!FormatNames.Contains(name, StringComparer.Ordinal))
                {
                    result.AddError(Ui.Say(CliMessages.FormatUnknown.With(name, string.Join(", ", FormatNames))));
                }
            }
        });
        return option;
    }

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = Ui.Say(CliMessages.HelpNoCache.With()),
    };

    public static Option<bool> Preview() => new("--preview") { Description = Ui.Say(CliMessages.HelpPreview.With()) };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = Ui.Say(CliMessages.HelpQuiet.With()) };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = Ui.Say(CliMessages.HelpVerbose.With()) };

    /// <summary>
    /// --lang zh|en: the language of messages and help. Read before parsing (<see cref="Ui.Choose"/>); declared on
    /// each command so it is accepted, validated and listed in help. `new` has its own --lang, the report's.
    /// </summary>
    public static Option<string?> Lang()
    {
        var option = new Option<string?>("--lang") { Description = Ui.Say(CliMessages.HelpLang.With()), HelpName = "zh|en" };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && MessageLanguages.Parse(value) is null)
            {
                result.AddError(Ui.Say(CliMessages.LangInvalid.With(value)));
            }
        });
        return option;
    }

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
