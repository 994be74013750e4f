using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Input;

/// <summary>
/// The one rule for every file the build reads from the input folder: it must stay inside the folder once
/// links are followed, must not sit in a hidden file or folder (a name starting with '.', such as .git/ or
/// .secret.md: never published), and its links must lead somewhere. One answer per path, as a diagnostic.
/// </summary>
internal static class InputPaths
{
    /// <summary>Whether any part of a path relative to the input folder is hidden.</summary>
    public static bool IsHidden(string relativePath) =>
        relativePath.Split('/', '\\').Any(part => part.Length > 1 && part[0] == '.' && part != "..");

    /// <summary>
    /// Null when <paramref name="fullPath"/> may be read; otherwise the reason, already reported at
    /// <paramref name="at"/>. <paramref name="what"/> names the file in the message ("image 'a.png'").
    /// </summary>
    public static string? Refuse(string fullPath, string inputDirectory, Message what, SourceLocation at, DiagnosticBag diagnostics)
    {
        string real;
        string root;
        try
        {
            root = RealPath.Resolve(inputDirectory);
            real = RealPath.Resolve(fullPath);
        }
        catch (SymlinkLoopException)
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, Messages.SymlinkLoop.With(what), at);
            return "loop";
        }

        if (!RealPath.IsSameOrInside(real, root))
        {
            diagnostics.Error(DiagnosticCodes.OutsideInput,
                Messages.SymlinkOutsideInput.With(what), at);
            return "outside";
        }

        if (IsHidden(Path.GetRelativePath(root, real)))
        {
            diagnostics.Error(DiagnosticCodes.OutsideInput,
                Messages.SymlinkToHidden.With(what), at);
            return "hidden";
        }

        return null;
    }
}
