using System.CommandLine;
using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen build`: every report under the input folder into the output folder, all formats.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var templates = CommonOptions.Templates();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build every report under the input folder into the output folder") { input, output, templates, quiet, verbose };
        command.SetAction(parsed =>
        {
            var inputDir = parsed.GetValue(input)!;
            var outputDir = parsed.GetValue(output)!;
            var log = new ConsoleBuildLog(parsed.GetValue(quiet), parsed.GetValue(verbose));
            var result = SiteBuilder.Build(CommonOptions.ToBuildOptions(inputDir, outputDir, parsed.GetValue(templates)), log);
            DiagnosticPrinter.Print(result.Diagnostics, inputDir);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Counts(result.Diagnostics)}. Nothing was written; {outputDir} is as it was.");
                return CommandRunner.ContentErrors;
            }

            var bytes = result.State.Files.Values.Sum(f => f.Size);
            log.Info(string.Create(CultureInfo.InvariantCulture,
                $"Built {result.State.Reports.Length} report{(result.State.Reports.Length == 1 ? "" : "s")} into {outputDir}: {result.State.Files.Count} files, {bytes / 1024.0 / 1024.0:F1} MB in {result.Elapsed.TotalSeconds:F2} s ({DiagnosticPrinter.Counts(result.Diagnostics)})."));
            return CommandRunner.Ok;
        });
        return command;
    }
}
