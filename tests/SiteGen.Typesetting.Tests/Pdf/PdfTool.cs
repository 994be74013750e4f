using System.Diagnostics;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>Runs poppler-utils and qpdf on a PDF file and returns what they print.</summary>
internal static class PdfTool
{
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
