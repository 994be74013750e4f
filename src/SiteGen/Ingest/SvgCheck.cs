using SiteGen.Diagnostics;
using SiteGen.Media;

namespace SiteGen.Ingest;

/// <summary>Refuses an SVG that could run code or load outside content, at the line of the SVG that does.</summary>
internal static class SvgCheck
{
    public static void Run(string fullPath, string inputPath, DiagnosticBag diagnostics)
    {
        try
        {
            using var file = File.OpenRead(fullPath);
            var head = new byte[512];
            var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (!SvgSafety.LooksLikeSvg(inputPath, head.AsSpan(0, length)))
            {
                return;
            }

            if (inputPath.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSvg,
                    Messages.SvgCompressed.With(),
                    SourceLocation.FileOnly(inputPath));
                return;
            }

            file.Position = 0;
            foreach (var problem in SvgSafety.Check(file))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSvg, Messages.SvgRefused.With(problem.Message),
                    new SourceLocation(inputPath, problem.Line, problem.Column));
            }
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeSvg, Messages.ImageUnreadable.With(e.Message), SourceLocation.FileOnly(inputPath));
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeSvg, Messages.ImageUnreadableDenied.With(), SourceLocation.FileOnly(inputPath));
        }
    }
}
