using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>
/// The metadata record in bag-info.txt: RFC 8493's reserved labels where one fits (Source-Organization is the
/// publisher that hands the bag over, Bagging-Date the day of the latest revision), then labels of our own
/// named after the Dublin Core terms, one line per value.
/// </summary>
internal static class BagInfoRecord
{
    public static List<(string Label, string? Value)> Lines(MetadataRecord record)
    {
        var lines = new List<(string Label, string? Value)>
        {
            // First, so a person or a portal reading the bag sees it before anything else.
            ("Preview", record.Preview ? "yes" : null),
            ("Source-Organization", record.Publisher),
            ("External-Identifier", record.Identifier),
            ("External-Description", record.Title),
            ("Bagging-Date", Iso(record.Modified)),
            ("Title", record.Title),
            ("Creator", record.Creator),
        };
        lines.AddRange(record.Contributors.Select(c => ("Contributor", (string?)c)));
        lines.Add(("Date-Issued", Iso(record.Issued)));
        lines.Add(("Date-Modified", Iso(record.Modified)));
        lines.AddRange(record.Revisions.Select(r => ("Revision", (string?)$"{Iso(r.Date)} {r.Note}")));
        lines.Add(("Language", record.Language));
        lines.AddRange(record.Subjects.Select(s => ("Subject", (string?)s)));
        lines.Add(("Rights", record.Rights));
        lines.Add(("License", record.License));
        lines.Add(("Is-Part-Of", record.IsPartOf));
        return lines;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
