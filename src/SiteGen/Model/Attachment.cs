namespace SiteGen.Model;

/// <summary>
/// A local file a report links to (附件: a PDF, a spreadsheet, a scan), decided once at ingestion: the site
/// copies it to <see cref="SitePath"/> beside the report's page, the bag carries it, the page lists it among the
/// downloads, and the EPUB and PDFs link to its published URL. Every link to it reads this record.
/// </summary>
/// <param name="InputPath">Where it is, relative to the input folder (forward slashes).</param>
/// <param name="SitePath">Where it is published, relative to the report's folder on the site (&lt;slug&gt;/).</param>
/// <param name="Size">Its length in bytes as the build found it.</param>
/// <param name="Type">Its type, from the name's extension (see <see cref="AttachmentTypes"/>).</param>
/// <param name="Title">The text of the first link to it, or its file name when that link has no text.</param>
public sealed record Attachment(string InputPath, string SitePath, long Size, AttachmentType Type, string Title);
