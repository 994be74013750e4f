namespace SiteGen.Output;

/// <summary>Stable names of the formats; the order here is the order readers see them listed.</summary>
public static class FormatKinds
{
    public const string Html = "html";
    public const string ScreenPdf = "pdf";
    public const string PrintPdf = "print-pdf";
    public const string LargePrintPdf = "large-print-pdf";
    public const string Epub = "epub";
    public const string Bundle = "bundle";

    public static readonly IReadOnlyList<string> DisplayOrder = [Html, ScreenPdf, PrintPdf, LargePrintPdf, Epub, Bundle];
}
