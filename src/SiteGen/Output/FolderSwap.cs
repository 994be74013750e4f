using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Puts a finished staging folder in the place of the output folder. On Linux one renameat2(RENAME_EXCHANGE)
/// swaps the two folders atomically (ext4, tmpfs, btrfs, xfs, overlayfs all have it), and the old output is
/// left at the staging path to be deleted. Where the exchange is missing, two renames: a crash between them
/// leaves the old output whole at the retired path, which <see cref="OutputLeftovers.Recover"/> moves back.
/// </summary>
internal static class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    public static void Replace(string target, string staging, string retired)
    {
        if (!Directory.Exists(target) && !File.Exists(target))
        {
            Directory.Move(staging, target); // one rename: atomic
            return;
        }

        if (TryExchange(staging, target))
        {
            return;
        }

        Directory.Move(target, retired);
        FaultPoints.Reach("retired");
        Directory.Move(staging, target);
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || FaultPoints.Has("no-exchange"))
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }

        // EINVAL (file system without exchange) and ENOSYS fall back to renames; anything else is a real fault.
        var error = Marshal.GetLastPInvokeError();
        return error is 22 or 38 ? false : throw new IOException($"could not swap '{a}' into '{b}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
