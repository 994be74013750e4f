using System.CommandLine;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen check`: read, parse and link every report and print what is wrong, writing nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var quiet = CommonOptions.Quiet();
        var command = new Command("check", "Check every report under the input folder without building") { input, quiet };
        command.SetAction(parsed =>
        {
            var inputDir = parsed.GetValue(input)!;
            var result = SiteBuilder.Check(CommonOptions.ToBuildOptions(inputDir, "output", null));
            DiagnosticPrinter.Print(result.Diagnostics, inputDir);
            var summary = $"Checked {result.State.Sources.Length} report file{(result.State.Sources.Length == 1 ? "" : "s")}: {DiagnosticPrinter.Counts(result.Diagnostics)}.";
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(summary);
                return CommandRunner.ContentErrors;
            }

            if (!parsed.GetValue(quiet))
            {
                Console.WriteLine(summary);
            }

            return CommandRunner.Ok;
        });
        return command;
    }
}
