using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Archive;

/// <summary>
/// A report's bag as one of its formats: archive/&lt;slug&gt;-v&lt;version&gt;.zip. Declared before the report's page is
/// rendered, without a size, because the bag holds that page: the page lists the bag by its fixed name, and
/// the bag then carries the page byte for byte as published. Once packed, the entry gains its size (the
/// archive home and the manifest show it).
/// </summary>
internal static class BundleFormat
{
    /// <summary>archive/&lt;slug&gt;-v&lt;n&gt;.zip: each version has its own name, so a published bag is never overwritten by a later one.</summary>
    public static string PathOf(Report report) => PathOf(report.Slug, ReportVersion.Of(report.Metadata).Number);

    public static string PathOf(string slug, int version) => string.Create(CultureInfo.InvariantCulture, $"archive/{slug}-v{version}.zip");

    public static ReportFormat For(Report report, long? size)
    {
        var label = Html.HtmlLanguage.For(report.Metadata.Lang).FormatLabel(FormatKinds.Bundle)!;
        return new ReportFormat(FormatKinds.Bundle, label, PathOf(report), "application/zip", size);
    }
}
