namespace SiteGen.Typesetting.Tests.Pdf;

public sealed class PdfOutputTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void Seed_report_sets_without_diagnostics()
    {
        Assert.Empty(report.ScreenResult.Diagnostics);
        Assert.True(report.ScreenResult.Pdf.Length > 1000);
    }
}
