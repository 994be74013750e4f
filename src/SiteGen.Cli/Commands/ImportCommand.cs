using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen import report.docx [--output FOLDER]`: a Word document becomes a report folder.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = Ui.Say(CliMessages.HelpImportFile.With()) };
        var output = new Option<string?>("--output") { Description = Ui.Say(CliMessages.HelpImportOutput.With()) };
        var command = new Command("import", Ui.Say(CliMessages.HelpImport.With()))
        {
            file, output, CommonOptions.Lang(),
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(output)));
        return command;
    }

    private static int Run(string file, string? output)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.ImportNotAFile.With(MessageText.Value(file))));
            return CommandRunner.UsageError;
        }

        var folder = output ?? Path.Combine("input", Path.GetFileNameWithoutExtension(file));
        if (DocxImport.ObstacleFor(folder) is not DocxImport.Obstacle.None and var obstacle)
        {
            var shown = MessageText.Value(folder);
            Console.Error.WriteLine(Ui.Say(obstacle == DocxImport.Obstacle.IsFile ? CliMessages.ImportTargetIsFile.With(shown) : CliMessages.ImportTargetNotEmpty.With(shown)));
            return CommandRunner.UsageError;
        }

        var result = DocxImport.Run(file, folder, file);
        DiagnosticPrinter.Print(result.Diagnostics, "");
        var counts = DiagnosticPrinter.Counts(result.Diagnostics);
        if (!result.Written)
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.ImportNothing.With(counts)));
            return CommandRunner.ContentErrors;
        }

        var report = Path.Combine(folder, "report.md");
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.ImportWroteWithErrors.With(report, counts)));
            return CommandRunner.ContentErrors;
        }

        Console.WriteLine(Ui.Say(CliMessages.ImportWrote.With(report, counts)));
        return CommandRunner.Ok;
    }
}
