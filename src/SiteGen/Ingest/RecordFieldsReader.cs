using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// The catalogue fields of the front matter: <c>rights</c>, <c>license</c> and the disclosure fields
/// (索引号 <c>index_number</c>, 发布机构 <c>issuing_agency</c>, 文号 <c>document_number</c>, 主题分类
/// <c>subject_category</c>, 成文日期 <c>written_date</c>, 发布日期 <c>release_date</c>).
/// </summary>
internal static class RecordFieldsReader
{
    public static readonly string[] Keys =
        ["rights", "license", "index_number", "issuing_agency", "document_number", "subject_category", "written_date", "release_date"];

    /// <summary>Reads a value by key; null when absent or blank.</summary>
    public delegate (string Value, SourceLocation Location)? Lookup(string key);

    public static Disclosure? Disclosure(Lookup lookup, DiagnosticBag diagnostics)
    {
        var ok = true;
        var written = Date(lookup, "written_date", "成文日期", diagnostics, ref ok);
        var released = Date(lookup, "release_date", "发布日期", diagnostics, ref ok);
        if (!ok)
        {
            return null;
        }

        var disclosure = new Disclosure
        {
            IndexNumber = lookup("index_number")?.Value.Trim(),
            IssuingAgency = lookup("issuing_agency")?.Value.Trim(),
            DocumentNumber = lookup("document_number")?.Value.Trim(),
            SubjectCategory = lookup("subject_category")?.Value.Trim(),
            WrittenDate = written,
            ReleaseDate = released,
        };
        return disclosure == Model.Disclosure.None ? Model.Disclosure.None : disclosure;
    }

    /// <summary>A licence is named by its URL (e.g. https://creativecommons.org/licenses/by/4.0/), so portals can match it.</summary>
    public static bool License(Lookup lookup, DiagnosticBag diagnostics, out string? license)
    {
        license = null;
        if (lookup("license") is not { } entry)
        {
            return true;
        }

        license = LicenseUrl(entry.Value.Trim());
        if (license is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidRecordField,
                $"license '{MessageText.Value(entry.Value)}' must be the licence's web address, e.g. https://creativecommons.org/licenses/by/4.0/; write a statement in words under 'rights:'",
                entry.Location);
            return false;
        }

        return true;
    }

    /// <summary>The URL when it is an absolute http(s) URL with nothing that could break out of an attribute; else null.</summary>
    public static string? LicenseUrl(string value) =>
        !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'' or '`' or '\\' or '{' or '}' or '|' or '^')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? value
            : null;

    private static DateOnly? Date(Lookup lookup, string key, string name, DiagnosticBag diagnostics, ref bool ok)
    {
        if (lookup(key) is not { } entry)
        {
            return null;
        }

        if (DateOnly.TryParseExact(entry.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.InvalidRecordField,
            $"{key} ({name}): " + ReportDates.WhyNot(entry.Value.Trim()), entry.Location);
        ok = false;
        return null;
    }
}
