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
        var formats = CommonOptions.Formats();
        var noCache = CommonOptions.NoCache();
        var preview = CommonOptions.Preview();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", Ui.Say(CliMessages.HelpBuild.With()))
        {
            input, output, templates, formats, noCache, preview, quiet, verbose, CommonOptions.Lang(),
        };
        command.SetAction(parsed =>
        {
            var inputDir = parsed.GetValue(input)!;
            var outputDir = parsed.GetValue(output)!;
            var log = new ConsoleBuildLog(parsed.GetValue(quiet), parsed.GetValue(verbose));
            var options = CommonOptions.ToBuildOptions(inputDir, outputDir, parsed.GetValue(templates))
                .WithSwitches(parsed.GetValue(formats), parsed.GetValue(noCache)) with { Preview = parsed.GetValue(preview) };
            var result = SiteBuilder.Build(options, log);
            log.EndProgress();
            DiagnosticPrinter.Print(result.Diagnostics, inputDir);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(Ui.Say(CliMessages.BuildFailed.With(DiagnosticPrinter.Counts(result.Diagnostics), outputDir)));
                return CommandRunner.ContentErrors;
            }

            log.Verbose(CacheSummary(result, options));
            var bytes = result.State.Files.Values.Sum(f => f.Size);
            var megabytes = (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);
            var seconds = result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
            var files = result.State.Files.Count.ToString(CultureInfo.InvariantCulture);
            var counts = DiagnosticPrinter.Counts(result.Diagnostics);
            log.Info(Ui.Say(result.State.Reports.Length == 1
                ? CliMessages.BuiltOne.With(outputDir, files, megabytes, seconds, counts)
                : CliMessages.Built.With(result.State.Reports.Length, outputDir, files, megabytes, seconds, counts)));
            return CommandRunner.Ok;
        });
        return command;
    }

    private static string CacheSummary(BuildResult result, BuildOptions options)
    {
        if (!options.UseCache)
        {
            return Ui.Say(CliMessages.VerboseCacheOff.With());
        }

        var steps = result.Cache.Steps.Select(s => CliMessages.VerboseCacheStep.With(s, result.Cache.Hits(s), result.Cache.Misses(s))).ToList();
        var used = steps.Count == 0 ? CliMessages.VerboseCacheUnused.With() : steps.Aggregate((a, b) => CliMessages.ListComma.With(a, b));
        return Ui.Say(CliMessages.VerboseCache.With(Caching.BuildCache.FolderFor(options.OutputDirectory), used));
    }
}
