using System.Globalization;
using System.Text;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// What PDF/UA-1 asks beyond PDFsharp's structure builder, added to the saved objects:
/// header cells say what they head (/Scope, ISO 14289-1 §7.5: our tables have one header row, so columns), and the
/// catalog gets page labels, so a viewer's page box shows the printed folios (the cover, which has none, is "i").
/// </summary>
internal static class AccessibilityFixes
{
    public static void Apply(PdfObjectFile file, IReadOnlyList<bool> coverPages)
    {
        foreach (var o in file.Objects)
            if (!o.IsStream && o.Body.Contains("/Type/StructElem", StringComparison.Ordinal) && o.Body.Contains("/S/TH/", StringComparison.Ordinal)
                && !o.Body.Contains("/Scope", StringComparison.Ordinal))
                o.Body = o.Body.Replace("/S/TH/", "/S/TH/A<</O/Table/Scope/Column>>/", StringComparison.Ordinal);

        var catalog = file.Objects.First(o => o.Body.Contains("/Type/Catalog", StringComparison.Ordinal));
        if (!catalog.Body.Contains("/PageLabels", StringComparison.Ordinal) && catalog.Body.EndsWith(">>", StringComparison.Ordinal))
            catalog.Body = catalog.Body[..^2] + "/PageLabels" + PageLabels(coverPages) + ">>";
    }

    /// <summary>
    /// Folios are the physical page numbers (the cover counts, unnumbered), so the body is labelled with arabic numbers
    /// from its physical position; each cover page starts a lower-roman range of its own.
    /// </summary>
    public static string PageLabels(IReadOnlyList<bool> coverPages)
    {
        var sb = new StringBuilder("<</Nums[");
        var previous = (bool?)null;
        for (var i = 0; i < coverPages.Count; i++)
        {
            if (coverPages[i] == previous) continue;
            var start = (coverPages[i] ? 1 : i + 1).ToString(CultureInfo.InvariantCulture);
            sb.Append(i.ToString(CultureInfo.InvariantCulture)).Append(coverPages[i] ? "<</S/r" : "<</S/D");
            sb.Append(start == "1" ? "" : "/St " + start).Append(">>");
            previous = coverPages[i];
        }
        if (coverPages.Count == 0) sb.Append("0<</S/D>>");
        return sb.Append("]>>").ToString();
    }
}
