using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics as "path:line:column: error CODE: message", paths as the user typed the input folder.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string inputAsTyped)
    {
        foreach (var diagnostic in diagnostics)
        {
            var file = Path.IsPathRooted(diagnostic.Location.File)
                ? diagnostic.Location.File
                : Path.Combine(inputAsTyped, diagnostic.Location.File).Replace('\\', '/');
            Console.Error.WriteLine((diagnostic with { Location = diagnostic.Location with { File = file } }).Format(Ui.Language));
        }
    }

    /// <summary>"2 errors, 1 warning", as a message so it is said in the run's language.</summary>
    public static Message Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return CliMessages.Counts.With(
            errors == 1 ? CliMessages.OneError.With() : CliMessages.Errors.With(errors),
            warnings == 1 ? CliMessages.OneWarning.With() : CliMessages.Warnings.With(warnings));
    }
}
