using System.IO.Compression;

namespace SiteGen.Archive;

/// <summary>
/// Entries a bag zip must never hold, whatever they contain: names that climb out of the folder they are
/// unpacked into (`..`, absolute, backslashes, drive letters, control characters), symbolic links and other
/// special files (the unix mode in the external attributes), and encrypted entries.
/// </summary>
internal static class BagEntryNames
{
    private const int UnixTypeMask = 0xF000;
    private const int UnixRegularFile = 0x8000;
    private const int UnixDirectory = 0x4000;
    private const int UnixSymlink = 0xA000;

    /// <summary>Why the entry is refused, or null when it is a plain file or folder with a safe name.</summary>
    public static Diagnostics.Message? Refusal(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (NameRefusal(name) is { } reason)
        {
            return reason;
        }

        var type = (entry.ExternalAttributes >> 16) & UnixTypeMask;
        if (type == UnixSymlink)
        {
            return Diagnostics.Messages.BagEntrySymlink.With();
        }

        if (type is not (0 or UnixRegularFile or UnixDirectory))
        {
            return Diagnostics.Messages.BagEntrySpecial.With();
        }

        return entry.IsEncrypted ? Diagnostics.Messages.BagEntryEncrypted.With() : null;
    }

    public static Diagnostics.Message? NameRefusal(string name)
    {
        if (name.Length == 0)
        {
            return Diagnostics.Messages.BagEntryEmptyName.With();
        }

        if (name.Contains('\\'))
        {
            return Diagnostics.Messages.BagEntryBackslash.With();
        }

        if (name.StartsWith('/'))
        {
            return Diagnostics.Messages.BagEntryAbsolute.With();
        }

        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            return Diagnostics.Messages.BagEntryDrive.With();
        }

        if (name.Any(char.IsControl))
        {
            return Diagnostics.Messages.BagEntryControl.With();
        }

        var segments = name.TrimEnd('/').Split('/');
        if (segments.Contains(".."))
        {
            return Diagnostics.Messages.BagEntryClimbs.With();
        }

        return segments.Any(s => s is "" or ".") ? Diagnostics.Messages.BagEntryEmptyFolder.With() : null;
    }

    /// <summary>The name as safe to print: control characters escaped, long names cut.</summary>
    public static string Shown(string name)
    {
        var shown = string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return shown.Length <= 200 ? shown : shown[..200] + "…";
    }
}
