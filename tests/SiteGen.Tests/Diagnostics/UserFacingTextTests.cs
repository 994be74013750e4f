using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// A heuristic guard for the rule that every sentence SiteGen shows its user comes from the catalogue: in the CLI
/// and the library, text written to the console, into help, into a build log or into a parse error must not be an
/// English string literal. (Diagnostics need no scan: they take only catalogue messages, so the compiler checks them.)
/// </summary>
public sealed partial class UserFacingTextTests
{
    [Fact]
    public void No_English_sentence_reaches_the_console_outside_the_catalogue()
    {
        var offenders = new List<string>();
        foreach (var project in (string[])["SiteGen.Cli", "SiteGen"])
        {
            var root = Path.Combine(Reports.RepoRoot, "src", project);
            foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            {
                var path = file.Replace('\\', '/');
                if (path.Contains("/obj/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/Catalogue/", StringComparison.Ordinal))
                    continue;
                offenders.AddRange(Offenders(File.ReadAllText(file), cli: project == "SiteGen.Cli").Select(o => $"src/{project}/{Path.GetRelativePath(root, file).Replace('\\', '/')}: {o}"));
            }
        }

        Assert.True(offenders.Count == 0, "English text written to the user outside the catalogue; give it a CliMessages or Messages entry:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("Console.Error.WriteLine($\"Wrote {report} ({counts}); read it through.\");")]
    [InlineData("Console.WriteLine(\n    \"Nothing imported\");")]
    [InlineData("errors.WriteLine($\"  {finding} was altered\");")]
    [InlineData("log.Verbose(\"  cache    off (--no-cache)\");")]
    [InlineData("var file = new Argument<string>(\"file\") { Description = \"The Word document to import\" };")]
    [InlineData("var command = new Command(\"import\", \"Import a Word document\");")]
    [InlineData("result.AddError($\"unknown format {name}\");")]
    public void The_scan_finds_a_literal_sentence(string code) => Assert.NotEmpty(Offenders(code));

    [Theory]
    [InlineData("Console.Error.WriteLine(Ui.Say(CliMessages.ImportNothing.With(counts)));")]
    [InlineData("Console.Error.Write($\"\\r\\u001b[2K{text}\");")]
    [InlineData("Console.Error.WriteLine($\"sitegen: {ParseErrorText.Say(error.Message, Ui.Language)}\");")]
    [InlineData("Console.WriteLine(Ui.Say(CliMessages.NewSiteStarted.With(folder, Path.Combine(folder, \"input\", \"site.yml\"))));")]
    [InlineData("var option = new Option<string?>(\"--lang\") { Description = Ui.Say(CliMessages.HelpLang.With()), HelpName = \"zh|en\" };")]
    public void The_scan_lets_catalogue_text_and_bare_values_pass(string code) => Assert.Empty(Offenders(code));

    /// <summary>Each call that shows text to the user, with a string literal in it that holds a word.</summary>
    /// <param name="cli">Whether help texts count too (the library's Description is a report's field, not help).</param>
    private static IEnumerable<string> Offenders(string source, bool cli = true)
    {
        foreach (Match start in UserFacingCall().Matches(source))
        {
            if (!cli && (start.Value.StartsWith("Description", StringComparison.Ordinal) || start.Value.StartsWith("new Command", StringComparison.Ordinal)))
                continue;
            var open = start.Index + start.Length;
            var argument = Balanced(source, open - 1);
            // Arguments of a catalogue entry (file names, option names) are values, not sentences.
            var withoutValues = CatalogueArguments().Replace(argument, "");
            if (start.Value.StartsWith("new Command", StringComparison.Ordinal))
                withoutValues = StringLiteral().Replace(withoutValues, "", 1); // the command's name
            foreach (Match literal in StringLiteral().Matches(withoutValues))
            {
                var text = Hole().Replace(literal.Value, "");
                text = Escape().Replace(text, "");
                text = AllowedWord().Replace(text, "");
                if (Word().IsMatch(text))
                {
                    yield return $"{start.Value.Trim()}… {literal.Value}";
                    break;
                }
            }
        }
    }

    /// <summary>The text from <paramref name="open"/> (a '(' or '{' or '=') to its end: the balancing bracket, or the end of the statement.</summary>
    private static string Balanced(string source, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < source.Length; i++)
        {
            var c = source[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }

            switch (c)
            {
                case '"': inString = true; break;
                case '(' or '{' or '[': depth++; break;
                case ')' or '}' or ']':
                    depth--;
                    if (depth <= 0) return source[open..(i + 1)];
                    break;
                case ';' or ',' when depth <= 0 && i > open: return source[open..i];
            }
        }

        return source[open..];
    }

    [GeneratedRegex(@"(Console(\.Error|\.Out)?\.Write(Line)?\(|\b(output|errors)\.Write(Line)?\(|\.(Info|Verbose)\(|\bAddError\(|\bnew Command\(|\bDescription\s*=)")]
    private static partial Regex UserFacingCall();

    [GeneratedRegex(@"\.With\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")]
    private static partial Regex CatalogueArguments();

    [GeneratedRegex(@"\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\\(u[0-9a-fA-F]{4}|.)|\[\d*K")]
    private static partial Regex Escape();

    /// <summary>Words every language writes as they are: the command's name.</summary>
    [GeneratedRegex(@"\bsitegen\b")]
    private static partial Regex AllowedWord();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();
}
