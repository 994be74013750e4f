using System.CommandLine;
using SiteGen.Archive;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// `sitegen verify BAG.zip…`: re-checks archive bundles. Exit 0 when every bag is valid, 1 when one is
/// not (each finding names the file), 2 when a zip cannot be read at all.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var bags = new Argument<string[]>("bags")
        {
            Description = Ui.Say(CliMessages.HelpBags.With()),
            Arity = ArgumentArity.OneOrMore,
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command("verify", Ui.Say(CliMessages.HelpVerify.With())) { bags, quiet, CommonOptions.Lang() };
        command.SetAction(parsed => Run(parsed.GetValue(bags)!, parsed.GetValue(quiet), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> bags, bool quiet, TextWriter output, TextWriter errors)
    {
        var exit = CommandRunner.Ok;
        foreach (var bag in bags)
        {
            var result = BagVerifier.Verify(bag);
            if (!result.Readable)
            {
                errors.WriteLine(Ui.Say(CliMessages.BagUnreadable.With(bag, result.Findings[0].Text)));
                exit = CommandRunner.UsageError;
                continue;
            }

            if (result.IsValid)
            {
                if (!quiet)
                {
                    output.WriteLine(Ui.Say(result.PayloadFiles == 1 ? CliMessages.BagValidOne.With(bag) : CliMessages.BagValid.With(bag, result.PayloadFiles)));
                }

                continue;
            }

            if (result.Findings.Length == 1)
            {
                errors.WriteLine(Ui.Say(CliMessages.BagInvalid.With(bag, result.Findings[0].Format(Ui.Language))));
            }
            else
            {
                errors.WriteLine(Ui.Say(CliMessages.BagInvalidMany.With(bag, result.Findings.Length)));
                foreach (var finding in result.Findings)
                {
                    errors.WriteLine($"  {MessageText.Clean(finding.Format(Ui.Language))}");
                }
            }

            exit = Math.Max(exit, CommandRunner.ContentErrors);
        }

        return exit;
    }
}
