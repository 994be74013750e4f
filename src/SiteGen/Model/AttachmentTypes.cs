namespace SiteGen.Model;

/// <summary>A kind of file a report may carry as an attachment: its name as readers know it and its media type.</summary>
public sealed record AttachmentType(string Name, string MediaType);

/// <summary>
/// The kinds of file a report may attach, by extension. Documents, spreadsheets, slides, data, archives,
/// pictures and sound or video: what offices attach. Nothing a browser runs when it opens it from the site
/// (HTML, SVG, scripts, programs), so an attachment can never carry a script onto the site.
/// </summary>
public static class AttachmentTypes
{
    /// <summary>
    /// The largest attachment SiteGen publishes: 100 MiB. It is copied to the site and into the bag, and each
    /// bag is bounded by what the verifier unpacks; a larger file belongs in a repository of its own.
    /// </summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    private static readonly Dictionary<string, AttachmentType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("PDF", "application/pdf"),
        [".ofd"] = new("OFD", "application/ofd"),
        [".doc"] = new("DOC", "application/msword"),
        [".docx"] = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".wps"] = new("WPS", "application/vnd.ms-works"),
        [".rtf"] = new("RTF", "application/rtf"),
        [".odt"] = new("ODT", "application/vnd.oasis.opendocument.text"),
        [".xls"] = new("XLS", "application/vnd.ms-excel"),
        [".xlsx"] = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".et"] = new("ET", "application/vnd.ms-excel"),
        [".ods"] = new("ODS", "application/vnd.oasis.opendocument.spreadsheet"),
        [".ppt"] = new("PPT", "application/vnd.ms-powerpoint"),
        [".pptx"] = new("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        [".odp"] = new("ODP", "application/vnd.oasis.opendocument.presentation"),
        [".csv"] = new("CSV", "text/csv"),
        [".txt"] = new("TXT", "text/plain"),
        [".json"] = new("JSON", "application/json"),
        [".zip"] = new("ZIP", "application/zip"),
        [".7z"] = new("7Z", "application/x-7z-compressed"),
        [".png"] = new("PNG", "image/png"),
        [".jpg"] = new("JPEG", "image/jpeg"),
        [".jpeg"] = new("JPEG", "image/jpeg"),
        [".gif"] = new("GIF", "image/gif"),
        [".webp"] = new("WebP", "image/webp"),
        [".tif"] = new("TIFF", "image/tiff"),
        [".tiff"] = new("TIFF", "image/tiff"),
        [".mp3"] = new("MP3", "audio/mpeg"),
        [".mp4"] = new("MP4", "video/mp4"),
    };

    /// <summary>The type of a file name, or null when SiteGen does not publish that kind of file.</summary>
    public static AttachmentType? Of(string fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var type) ? type : null;

    /// <summary>The extensions accepted, for messages.</summary>
    public static string Accepted => string.Join(", ", ByExtension.Keys.Select(e => e[1..].ToUpperInvariant()).Distinct());

    /// <summary>Files a link may name that are not attachments: other reports' Markdown (cross-report links).</summary>
    public static bool IsMarkdown(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".md" or ".markdown";
}
