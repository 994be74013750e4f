using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>A second name for an existing file (link(2)); false where the system or file system has none.</summary>
internal static class HardLink
{
    public static bool TryCreate(string existing, string created)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        return Link(existing, created) == 0;
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Link(string existing, string created);
}
