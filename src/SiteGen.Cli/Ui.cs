using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The language this run of `sitegen` speaks, decided once before the commands are built (their help text is
/// in it): --lang, else SITEGEN_LANG, else the locale (<see cref="MessageLanguages"/>).
/// </summary>
internal static class Ui
{
    public static MessageLanguage Language { get; private set; } = MessageLanguage.English;

    /// <summary>Chooses the language from the command line and environment.</summary>
    public static void Choose(string[] args)
    {
        // Only SiteGen's own words follow: System.CommandLine's zh-Hans resources would need ICU, and the program runs
        // with invariant globalization (HelpText translates its help headings instead).
        Language = MessageLanguages.Resolve(FlagIn(args));
    }

    /// <summary>For tests that build commands in-process.</summary>
    internal static void Use(MessageLanguage language) => Language = language;

    public static string Say(Message message) => MessageText.Clean(message.Render(Language));

    /// <summary>
    /// The last --lang value, read before parsing because help text must already be in the chosen language. For
    /// `new`, --lang is the new report's language (zh-CN …): its messages follow it when it is Chinese or English.
    /// </summary>
    internal static string? FlagIn(IReadOnlyList<string> args)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == "--lang" && i + 1 < args.Count) value = args[++i];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal)) value = args[i][7..];
        }

        return value;
    }
}
