using SiteGen.Output;

namespace SiteGen.Epub;

/// <summary>
/// The print edition the book's page list maps to: where it is published (the book names it as the source of
/// its page numbers) and where each of its pages begins in the reading order.
/// </summary>
internal sealed record PrintPages(string SourceUrl, IReadOnlyList<PageBreak> Breaks)
{
    /// <summary>The print edition among a report's formats, if it was built and laid out.</summary>
    public static PrintPages? From(IEnumerable<ReportFormat> formats, string siteBase)
    {
        var print = formats.FirstOrDefault(f => f.Kind == FormatKinds.PrintPdf && f.PageBreaks is { Count: > 0 });
        return print is null ? null : new PrintPages(new Uri(new Uri(siteBase), print.Path).AbsoluteUri, print.PageBreaks!);
    }
}
