using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// A System.CommandLine parse error in the run's language. The library gives only its English sentence (it runs with
/// invariant globalization here), so the sentence is matched against each known resource text and its quoted parts
/// are put into the catalogue's version. A sentence no pattern knows (a newer library) is shown as the library wrote it.
/// </summary>
internal static partial class ParseErrorText
{
    /// <summary>The library's resource texts SiteGen says in both languages; each entry's id is the resource's name.</summary>
    internal static readonly MessageTemplate[] Known =
    [
        CliMessages.ArgumentConversionCannotParse, CliMessages.ArgumentConversionCannotParseForCommand,
        CliMessages.ArgumentConversionCannotParseForCommand_Completions, CliMessages.ArgumentConversionCannotParseForOption,
        CliMessages.ArgumentConversionCannotParseForOption_Completions, CliMessages.CommandRequiredArgumentMissing,
        CliMessages.OptionRequiredArgumentMissing, CliMessages.OptionExpectsOneArgument, CliMessages.RequiredCommandWasNotProvided,
        CliMessages.RequiredOptionWasNotProvided, CliMessages.UnrecognizedArgument, CliMessages.UnrecognizedCommandOrArgument,
        CliMessages.VersionOptionCannotBeCombinedWithOtherArguments, CliMessages.DirectoryDoesNotExist, CliMessages.FileDoesNotExist,
        CliMessages.FileOrDirectoryDoesNotExist, CliMessages.InvalidCharactersInFileName, CliMessages.InvalidCharactersInPath,
        CliMessages.ResponseFileNotFound, CliMessages.ErrorReadingResponseFile,
    ];

    private static readonly (Regex Pattern, MessageTemplate Template)[] Patterns =
        [.. Known.Select(t => (new Regex("^" + Placeholder().Replace(Regex.Escape(t.English), m => $"(?<a{m.Groups[1].Value}>.*?)") + "$", RegexOptions.Singleline), t))];

    /// <summary>The error as the user reads it: in their language when SiteGen knows the sentence.</summary>
    public static string Say(string english, MessageLanguage language)
    {
        foreach (var (pattern, template) in Patterns)
        {
            var match = pattern.Match(english);
            if (!match.Success) continue;
            var args = Enumerable.Range(0, template.Arity).Select(i => (object)match.Groups[$"a{i}"].Value).ToArray();
            return MessageText.Clean(string.Format(System.Globalization.CultureInfo.InvariantCulture, template.Text(language), args));
        }

        return MessageText.Clean(english);
    }

    // Regex.Escape turns "{0}" into "\{0}".
    [GeneratedRegex(@"\\\{(\d+)\}")]
    private static partial Regex Placeholder();
}
