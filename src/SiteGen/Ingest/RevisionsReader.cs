using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Ingest;

/// <summary>
/// Reads <c>revisions:</c>, a list of corrections each with a <c>date</c> and a one-line <c>note</c>. A portal
/// learns of a correction only through these dates, so a revision that cannot be read stops the build.
/// </summary>
internal static class RevisionsReader
{
    private const string Example = "revisions:\n  - date: 2021-03-01\n    note: 更正第二部分一处数字";

    /// <summary>The revisions oldest first, or null (after reporting) when one is wrong.</summary>
    public static ImmutableArray<Revision>? Read(YamlNode node, DateOnly reportDate, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (node is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.InvalidRevision, $"'revisions' must be a list of corrections, each with a date and a note, e.g.\n{Example}", at(node.Start));
            return null;
        }

        var revisions = new List<Revision>();
        var ok = true;
        foreach (var item in list.Children)
        {
            if (Item(item, reportDate, at, diagnostics) is { } revision)
            {
                revisions.Add(revision);
            }
            else
            {
                ok = false;
            }
        }

        // Oldest first whatever order they were written in; OrderBy is stable, so same-day notes keep theirs.
        return ok ? revisions.OrderBy(r => r.Date).ToImmutableArray() : null;
    }

    private static Revision? Item(YamlNode item, DateOnly reportDate, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (item is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.InvalidRevision, "each revision is a 'date:' and a 'note:' (e.g. '- date: 2021-03-01' then '  note: …' on the next line)", at(item.Start));
            return null;
        }

        string? dateText = null, note = null;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = (valueNode as YamlScalarNode)?.Value;
            if (key is not ("date" or "note") || valueNode is not YamlScalarNode)
            {
                diagnostics.Error(DiagnosticCodes.InvalidRevision, $"a revision holds only 'date: yyyy-mm-dd' and 'note: one line', not '{MessageText.Value(key)}'", at(keyNode.Start));
                return null;
            }

            (dateText, note) = key == "date" ? (value, note) : (dateText, value);
        }

        if (!DateOnly.TryParseExact(dateText?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Error(DiagnosticCodes.InvalidRevision,
                dateText is null ? "this revision needs a 'date:' written as yyyy-mm-dd" : "revision date: " + ReportDates.WhyNot(dateText.Trim()),
                at(item.Start));
            return null;
        }

        if (date < reportDate)
        {
            diagnostics.Error(DiagnosticCodes.InvalidRevision,
                $"revision date {dateText!.Trim()} is before the report's date {reportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: a report is corrected after it is published", at(item.Start));
            return null;
        }

        var line = note?.Trim() ?? "";
        if (line.Length == 0 || line.Contains('\n') || line.Contains('\r'))
        {
            diagnostics.Error(DiagnosticCodes.InvalidRevision,
                line.Length == 0 ? "this revision needs a 'note:' saying in one line what was corrected" : "a revision's note is one line; say what was corrected briefly",
                at(item.Start));
            return null;
        }

        return new Revision(date, line);
    }
}
