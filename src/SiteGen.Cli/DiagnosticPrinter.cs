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
            Console.Error.WriteLine((diagnostic with { Location = diagnostic.Location with { File = file } }).ToString());
        }
    }

    public static string Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
