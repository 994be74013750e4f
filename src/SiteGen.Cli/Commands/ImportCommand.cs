using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen import report.docx [--output FOLDER]`: a Word document becomes a report folder.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The Word document (.docx) to import" };
        var output = new Option<string?>("--output") { Description = "The new report folder (default: input/<the file's name>); must be new or empty" };
        var command = new Command("import", "Import a Word document (.docx, from Word, WPS or LibreOffice) as a new report: report.md and its pictures, with every thing it could not carry named")
        {
            file, output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(output)));
        return command;
    }

    private static int Run(string file, string? output)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"sitegen import: '{MessageText.Value(file)}' is not a file; name the .docx to import.");
            return CommandRunner.UsageError;
        }

        var folder = output ?? Path.Combine("input", Path.GetFileNameWithoutExtension(file));
        if (DocxImport.Refusal(folder) is { } refusal)
        {
            Console.Error.WriteLine($"sitegen import: {MessageText.Clean(refusal)}.");
            return CommandRunner.UsageError;
        }

        var result = DocxImport.Run(file, folder, file);
        DiagnosticPrinter.Print(result.Diagnostics, "");
        var counts = DiagnosticPrinter.Counts(result.Diagnostics);
        if (!result.Written)
        {
            Console.Error.WriteLine($"Nothing imported: {counts}.");
            return CommandRunner.ContentErrors;
        }

        var report = Path.Combine(folder, "report.md");
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            Console.Error.WriteLine($"Wrote {report} ({counts}); fix what the errors name in it, then run sitegen build.");
            return CommandRunner.ContentErrors;
        }

        Console.WriteLine($"Wrote {report} ({counts}); read it through, then run sitegen build.");
        return CommandRunner.Ok;
    }
}
