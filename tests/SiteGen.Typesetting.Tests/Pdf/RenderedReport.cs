using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>The seed report set once per test run in the screen and print editions, written to a temp folder.</summary>
public sealed class RenderedReport
{
    public static readonly EditionSettings Screen = new() { RunningHead = RunningHeadMode.Title, PageNumbers = PageNumberPosition.Centre };

    public static readonly EditionSettings Print = new()
    {
        PageWidthMm = 185, PageHeightMm = 260, MarginInnerMm = 22, MarginOuterMm = 16, MarginTopMm = 20, MarginBottomMm = 20,
        Mirrored = true, BleedMm = 3, CropMarks = true, RunningHead = RunningHeadMode.TitleAndSection,
        PageNumbers = PageNumberPosition.Outer, Level1Start = SectionStart.RightPage, PrintColours = true,
    };

    public RenderedReport()
    {
        ScreenResult = Typesetter.Render(SeedReport.Document(), Screen);
        PrintResult = Typesetter.Render(SeedReport.Document(), Print);
        File.WriteAllBytes(ScreenPath, ScreenResult.Pdf);
        File.WriteAllBytes(PrintPath, PrintResult.Pdf);
    }

    /// <summary>Unique per test run, so two runs on one machine never write over each other's PDFs.</summary>
    public static string Folder { get; } = Directory.CreateTempSubdirectory("sitegen-typesetting-tests-").FullName;
    /// <summary>
    /// This instance's own folder: every test class that uses the fixture makes one, in parallel, and when all wrote
    /// the same Folder/print.pdf one class's pdfinfo could read the file while another was rewriting it (a full
    /// suite run failed on a print PDF with no TrimBox).
    /// </summary>
    private readonly string _own = Directory.CreateTempSubdirectory("sitegen-typesetting-report-").FullName;
    public string ScreenPath => System.IO.Path.Combine(_own, "screen.pdf");
    public string PrintPath => System.IO.Path.Combine(_own, "print.pdf");
    public TypesetResult ScreenResult { get; }
    public TypesetResult PrintResult { get; }
}
