using System.CommandLine;
using SiteGen.Archive;

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
            Description = "BagIt bags as zips, e.g. output/archive/<slug>.zip",
            Arity = ArgumentArity.OneOrMore,
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command("verify", "Check archive bundles (BagIt zips): every file present and unaltered, nothing extra") { bags, quiet };
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
                errors.WriteLine($"{bag}: unreadable: {result.Findings[0].Message}");
                exit = CommandRunner.UsageError;
                continue;
            }

            if (result.IsValid)
            {
                if (!quiet)
                {
                    output.WriteLine($"{bag}: valid ({result.PayloadFiles} payload file{(result.PayloadFiles == 1 ? "" : "s")})");
                }

                continue;
            }

            if (result.Findings.Length == 1)
            {
                errors.WriteLine($"{bag}: INVALID: {result.Findings[0]}");
            }
            else
            {
                errors.WriteLine($"{bag}: INVALID, {result.Findings.Length} problems:");
                foreach (var finding in result.Findings)
                {
                    errors.WriteLine($"  {finding}");
                }
            }

            exit = Math.Max(exit, CommandRunner.ContentErrors);
        }

        return exit;
    }
}
