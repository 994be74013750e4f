using System.CommandLine;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>
/// `sitegen check`: the whole build (every phase, through typesetting, templates and edition files) into a
/// temporary folder it deletes; prints what is wrong and writes nothing, so it passes exactly when `build` does.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var templates = CommonOptions.Templates();
        var formats = CommonOptions.Formats();
        var quiet = CommonOptions.Quiet();
        var preview = CommonOptions.Preview();
        var command = new Command("check", Ui.Say(CliMessages.HelpCheck.With()))
        {
            input, templates, formats, preview, quiet, CommonOptions.Lang(),
        };
        command.SetAction(parsed =>
        {
            var inputDir = parsed.GetValue(input)!;
            var options = CommonOptions.ToBuildOptions(inputDir, "output", parsed.GetValue(templates))
                .WithSwitches(parsed.GetValue(formats), noCache: true) with { Preview = parsed.GetValue(preview) };
            var result = SiteBuilder.Check(options);
            DiagnosticPrinter.Print(result.Diagnostics, inputDir);
            var sources = result.State.Sources.Length;
            var summary = Ui.Say((sources == 1 ? CliMessages.CheckedOne : CliMessages.Checked).With(sources, DiagnosticPrinter.Counts(result.Diagnostics)));
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
