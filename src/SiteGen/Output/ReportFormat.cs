namespace SiteGen.Output;

/// <summary>
/// One published format of a report (HTML page, a PDF edition, EPUB, archive bundle), as listed on the
/// archive home and in the report's downloads block. <see cref="Path"/> is relative to the output folder.
/// </summary>
public sealed record ReportFormat(string Kind, string Label, string Path, string MediaType, long Size, int? PageCount = null);
