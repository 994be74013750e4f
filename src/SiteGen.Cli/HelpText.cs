using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// System.CommandLine's own words in help output (section headings, "[default: …]"), said in the run's language;
/// the descriptions are already in it (<see cref="CliMessages"/>). Only whole heading lines are replaced, so a
/// description that happens to hold "Usage:" is left alone.
/// </summary>
internal static class HelpText
{
    private static readonly Msg[] Headings =
    [
        CliMessages.HelpHeadingDescription, CliMessages.HelpHeadingUsage, CliMessages.HelpHeadingArguments,
        CliMessages.HelpHeadingOptions, CliMessages.HelpHeadingCommands,
    ];

    /// <summary>The library's words inside lines: "[default: …]", "(REQUIRED)", and the usage line's "[command] [options]".</summary>
    private static readonly Msg[] Tokens = [CliMessages.HelpDefault, CliMessages.HelpUsageCommand, CliMessages.HelpUsageOptions, CliMessages.HelpRequired];

    public static string Translate(string help)
    {
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var heading = Array.Find(Headings, h => lines[i].TrimEnd('\r') == h.English);
            if (heading is not null) lines[i] = lines[i].Replace(heading.English, Ui.Say(heading.With()), StringComparison.Ordinal);
            foreach (var token in Tokens)
                lines[i] = lines[i].Replace(token.English, Ui.Say(token.With()), StringComparison.Ordinal);
        }

        return string.Join('\n', lines);
    }
}
