namespace SiteGen.Output;

/// <summary>
/// One published format of a report (HTML page, a PDF edition, EPUB, archive bundle), as listed on the
/// archive home and in the report's downloads block. <see cref="Path"/> is relative to the output folder.
/// <see cref="Size"/> is null while the file cannot be made yet because it holds the page that lists it (the
/// bag, see Archive.BundleFormat): the report page names it without a size.
/// </summary>
public sealed record ReportFormat(string Kind, string Label, string Path, string MediaType, long? Size, int? PageCount = null)
{
    /// <summary>
    /// A paged edition's pages in the report's reading order (set for the print edition, whose page numbers a
    /// reader cites): the EPUB's page list and page-break markers come from here. Null for other formats.
    /// </summary>
    public IReadOnlyList<PageBreak>? PageBreaks { get; init; }
}
