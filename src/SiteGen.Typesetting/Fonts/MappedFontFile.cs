using System.Runtime.InteropServices;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// A font file as a HarfBuzz blob backed by a read-only memory mapping. The HarfBuzz that HarfBuzzSharp ships
/// reads a file into a growing heap buffer (1, 2, 4, 8, 16 MB reads and copies): for the four Noto CJK
/// collections that was ~100 MB read, copied and page-faulted per process, the largest single cost of a
/// one-report build. Mapped, only the pages HarfBuzz touches (cmap, hmtx, the charstrings of glyphs used) are
/// brought in, from the page cache, without copying. Faces live for the process, so mappings are never unmapped.
/// </summary>
internal static partial class MappedFontFile
{
    private const int ProtRead = 1;
    private const int MapPrivate = 2;
    private const uint HbMemoryModeReadonly = 1;

    /// <summary>A blob over the whole file, or zero when it cannot be mapped (the caller falls back to HarfBuzz's own reader).</summary>
    public static IntPtr CreateBlob(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return IntPtr.Zero;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(file);
            if (length is <= 0 or > uint.MaxValue) return IntPtr.Zero;
            var at = mmap(IntPtr.Zero, (nuint)length, ProtRead, MapPrivate, (int)file.DangerousGetHandle(), 0);
            if (at == new IntPtr(-1)) return IntPtr.Zero;
            // The mapping outlives the descriptor (closed by the using above); HarfBuzz never frees it (no destroy callback).
            return HarfBuzzNative.hb_blob_create(at, (uint)length, HbMemoryModeReadonly, IntPtr.Zero, IntPtr.Zero);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return IntPtr.Zero;
        }
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial IntPtr mmap(IntPtr address, nuint length, int protection, int flags, int fd, long offset);
}
