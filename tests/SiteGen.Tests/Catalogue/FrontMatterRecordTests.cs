using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Catalogue;

/// <summary>Revisions, rights, licence and the disclosure catalogue's fields, as the front matter gives them.</summary>
public sealed class FrontMatterRecordTests
{
    private const string Head = "---\ntitle: 测试报告\ndate: 2021-02-22\n";

    [Fact]
    public void Revisions_are_read_oldest_first_and_the_latest_dates_the_report()
    {
        var report = Parse(Head + "revisions:\n  - date: 2021-04-02\n    note: 更正表2合计\n  - date: 2021-03-01\n    note: 更正第二部分一处数字\n---\n\n正文。\n");

        Assert.Equal([new Revision(new DateOnly(2021, 3, 1), "更正第二部分一处数字"), new Revision(new DateOnly(2021, 4, 2), "更正表2合计")],
            report.Metadata.Revisions.ToArray());
        Assert.Equal(new DateOnly(2021, 4, 2), report.Metadata.LatestRevision!.Date);
        Assert.Equal(new DateOnly(2021, 4, 2), report.Metadata.Modified);
    }

    [Fact]
    public void A_report_never_corrected_is_modified_on_its_own_date()
    {
        var report = Parse(Head + "---\n\n正文。\n");

        Assert.Empty(report.Metadata.Revisions);
        Assert.Null(report.Metadata.LatestRevision);
        Assert.Equal(new DateOnly(2021, 2, 22), report.Metadata.Modified);
    }

    [Theory]
    [InlineData("revisions: 2021-03-01\n", 4, "must be a list")]
    [InlineData("revisions:\n  - 2021-03-01 更正\n", 5, "each revision is a 'date:' and a 'note:'")]
    [InlineData("revisions:\n  - date: 2021-03-01\n", 5, "needs a 'note:'")]
    [InlineData("revisions:\n  - note: 更正\n", 5, "needs a 'date:'")]
    [InlineData("revisions:\n  - date: 2021-3-1\n    note: 更正\n", 5, "is not a date written as yyyy-mm-dd")]
    [InlineData("revisions:\n  - date: 2021-02-01\n    note: 更正\n", 5, "is before the report's date 2021-02-22")]
    [InlineData("revisions:\n  - date: 2021-03-01\n    note: 更正\n    by: 办公室\n", 7, "not 'by'")]
    [InlineData("revisions:\n  - date: 2021-03-01\n    note: |\n      第一行\n      第二行\n", 5, "a revision's note is one line")]
    public void A_revision_that_cannot_be_read_stops_the_build_at_its_line(string yaml, int line, string message)
    {
        var (report, diagnostics) = Reports.Parse(Head + yaml + "---\n\n正文。\n");

        Assert.Null(report);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidRevision, error.Code);
        Assert.Equal(line, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rights_licence_and_disclosure_fields_are_read_without_warnings()
    {
        var (report, diagnostics) = Reports.Parse(Head +
            "rights: © 2021 政协亳州市委员会\nlicense: https://creativecommons.org/licenses/by/4.0/\n" +
            "index_number: 11341600MB1234567X/2021-00012\nissuing_agency: 政协亳州市委员会办公室\ndocument_number: 亳政协〔2021〕3号\n" +
            "subject_category: 综合政务\nwritten_date: 2021-02-20\nrelease_date: 2021-02-23\n---\n\n正文。\n");

        Assert.Empty(diagnostics);
        var m = report!.Metadata;
        Assert.Equal("© 2021 政协亳州市委员会", m.Rights);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", m.License);
        Assert.Equal("11341600MB1234567X/2021-00012", m.Disclosure.IndexNumber);
        Assert.Equal("政协亳州市委员会办公室", m.Disclosure.IssuingAgency);
        Assert.Equal("亳政协〔2021〕3号", m.Disclosure.DocumentNumber);
        Assert.Equal("综合政务", m.Disclosure.SubjectCategory);
        Assert.Equal(new DateOnly(2021, 2, 20), m.Disclosure.WrittenDate);
        Assert.Equal(new DateOnly(2021, 2, 23), m.Disclosure.ReleaseDate);
    }

    [Theory]
    [InlineData("license: CC BY 4.0\n", "must be the licence's web address")]
    [InlineData("license: javascript:alert(1)\n", "must be the licence's web address")]
    [InlineData("written_date: 2021年2月20日\n", "written_date (成文日期)")]
    [InlineData("release_date: 2021-13-01\n", "release_date (发布日期)")]
    public void A_catalogue_field_that_cannot_be_used_is_an_error_at_its_line(string yaml, string message)
    {
        var (report, diagnostics) = Reports.Parse(Head + yaml + "---\n\n正文。\n");

        Assert.Null(report);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidRecordField, error.Code);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static Report Parse(string markdown)
    {
        var (report, diagnostics) = Reports.Parse(markdown);
        Assert.Empty(diagnostics);
        return report!;
    }
}
