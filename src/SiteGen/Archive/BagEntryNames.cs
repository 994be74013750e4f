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
    public static string? Refusal(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (NameRefusal(name) is { } reason)
        {
            return reason;
        }

        var type = (entry.ExternalAttributes >> 16) & UnixTypeMask;
        if (type == UnixSymlink)
        {
            return "refused: a symbolic link (unpacked, it could point anywhere on the machine)";
        }

        if (type is not (0 or UnixRegularFile or UnixDirectory))
        {
            return "refused: a special file (device, pipe or socket), not a plain file";
        }

        return entry.IsEncrypted ? "refused: encrypted (a bag's files must be readable to be checked)" : null;
    }

    public static string? NameRefusal(string name)
    {
        if (name.Length == 0)
        {
            return "refused: an entry with an empty name";
        }

        if (name.Contains('\\'))
        {
            return "refused: the name holds a backslash (on Windows it separates folders and can climb out of the bag)";
        }

        if (name.StartsWith('/'))
        {
            return "refused: an absolute name (it would unpack outside the bag's folder)";
        }

        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            return "refused: the name starts with a drive letter (it would unpack outside the bag's folder)";
        }

        if (name.Any(char.IsControl))
        {
            return "refused: the name holds a control character";
        }

        var segments = name.TrimEnd('/').Split('/');
        if (segments.Contains(".."))
        {
            return "refused: the name climbs out of the bag ('..')";
        }

        return segments.Any(s => s is "" or ".") ? "refused: the name has an empty or '.' folder (not a plain relative path)" : null;
    }

    /// <summary>The name as safe to print: control characters escaped, long names cut.</summary>
    public static string Shown(string name)
    {
        var shown = string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return shown.Length <= 200 ? shown : shown[..200] + "…";
    }
}
