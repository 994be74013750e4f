using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Tests.Support;
using SiteGen.Typesetting;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// A table too wide for the measure even at the edition's table-min-size is set anyway (every character drawn) and
/// warned of once, at the table's line, in the user's language, with an existing code (SG012, as an overflowing line).
/// </summary>
public sealed class WideTableWarningTests
{
    [Theory]
    [InlineData("screen", "6.5")]
    [InlineData("large-print", "18")]
    public void A_table_too_wide_at_the_floor_is_one_warning_at_its_line_and_loses_nothing(string name, string floor)
    {
        const int columns = 60;
        var table = "| " + string.Join(" | ", Enumerable.Range(1, columns)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n"
            + "| " + string.Join(" | ", Enumerable.Range(1000, columns)) + " |\n";
        var body = "正文一段。\n\n" + table + "\n后文。\n";
        var report = Reports.Body(body);
        var bag = new DiagnosticBag();
        var edition = EditionSettingsLoader.Parse(EditionTypographyTests.Shipped(name), name + ".yml", bag)!;
        Assert.Empty(bag.Sorted());
        var mapper = new ReportDocumentMapper(report, edition, Path.GetTempPath());
        var document = mapper.Map();
        var canvas = new RecordingCanvas();
        // No cover: its date's digits would count below.
        var result = Typesetter.Layout(document, edition.Settings with { CoverAndContents = false }, canvas, new FixedWidthMeasurer());

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(T.Severity.Warning, warning.Severity);
        Assert.Equal(T.TypesetProblem.TableTooWide, warning.Problem);
        var at = mapper.Locations[warning.Source];
        Assert.Equal(Reports.FrontMatter.Count(c => c == '\n') + 3, at.Line); // the table's first line, after the paragraph and a blank
        Assert.Equal(columns, warning.Args.Count == 2 ? int.Parse(warning.Args[0], System.Globalization.CultureInfo.InvariantCulture) : 0);
        var message = PdfEditions.MessageOf(warning);
        Assert.Contains($"60 columns does not fit the line even at {floor} pt", message.Render(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Contains($"有 60 列，缩小到 {floor} pt 仍排不下", message.Render(MessageLanguage.Chinese), StringComparison.Ordinal);

        // Nothing left out: every digit of the table is drawn, besides those the report draws without it (its date).
        var without = new RecordingCanvas();
        Typesetter.Layout(new ReportDocumentMapper(Reports.Body("正文一段。\n\n后文。\n"), edition, Path.GetTempPath()).Map(),
            edition.Settings with { CoverAndContents = false }, without, new FixedWidthMeasurer());
        static int Digits(RecordingCanvas c) => c.Texts.Sum(t => t.Text.Count(char.IsAsciiDigit));
        Assert.Equal(table.Count(char.IsAsciiDigit), Digits(canvas) - Digits(without));
    }
}
