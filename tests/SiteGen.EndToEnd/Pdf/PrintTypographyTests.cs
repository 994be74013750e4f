using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Archive;
using SiteGen.EndToEnd.Checkers;
using SiteGen.Ingest;
using SiteGen.Pdf;
using SiteGen.Site;

namespace SiteGen.EndToEnd.Pdf;

/// <summary>
/// The 2021 report set with the real editions and fonts, read back by poppler (glyph boxes) and qpdf (content
/// streams): full-width punctuation (docs/typography.md rule 8) and the print edition's inks.
/// </summary>
public sealed partial class PrintTypographyTests
{
    private const string Marks = "，。、；：";

    private static (string Pdf, PdfEdition Edition) Render(string editionName, string folder)
    {
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Path.GetDirectoryName(RepoInput.Folder)!, "templates"), bag);
        var edition = editions.Single(e => e.Name == editionName);
        var source = Path.Combine(RepoInput.Folder, "cppcc-report-2021", "report.md");
        var report = ReportParser.Parse("cppcc-report-2021/report.md", File.ReadAllText(source), Path.GetDirectoryName(source)!, SiteSettings.Default, bag);
        Assert.NotNull(report);
        var result = PdfEditions.Render(report, edition, Path.GetDirectoryName(source)!, bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        var pdf = Path.Combine(folder, editionName + ".pdf");
        File.WriteAllBytes(pdf, result.Pdf);
        return (pdf, edition);
    }

    [ToolFact(Tool.Poppler)]
    public void Mid_line_marks_of_the_2021_report_keep_a_full_em_and_adjacent_pairs_keep_one_and_a_half()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-e2e-fullwidth").FullName;
        try
        {
            var (pdf, edition) = Render("screen", folder);
            var em = edition.Settings.BodySize;
            var words = Word().Matches(ProcessRunner.Run("pdftotext", ["-bbox", pdf, "-"]).StdOut)
                .Select(m => (Width: D(m, "x1") - D(m, "x0"), Height: D(m, "y1") - D(m, "y0"), Text: System.Net.WebUtility.HtmlDecode(m.Groups["t"].Value)))
                .ToList();
            var bodyHeight = words.GroupBy(w => Math.Round(w.Height, 1)).MaxBy(g => g.Count())!.Key;
            var singles = new List<double>();
            var pairs = new List<double>();
            foreach (var (width, height, text) in words.Where(w => Math.Abs(Math.Round(w.Height, 1) - bodyHeight) < 0.01))
            {
                // Han characters and the five marks only; a mark ending the word may be a line end, which adjusts.
                if (text.Any(c => !IsHan(c) && !Marks.Contains(c)) || Marks.Contains(text[^1])) continue;
                var marks = text.Count(c => Marks.Contains(c));
                if (marks == 0) continue;
                var rest = (width - (text.Length - marks) * em) / em;
                var adjacent = Enumerable.Range(1, text.Length - 1).Count(i => Marks.Contains(text[i]) && Marks.Contains(text[i - 1]));
                if (adjacent == 0) singles.Add(rest / marks);
                else if (adjacent == 1 && marks == 2) pairs.Add(rest);
            }
            Assert.True(singles.Count > 40, $"only {singles.Count} words with mid-line marks");
            var median = singles.Order().ElementAt(singles.Count / 2);
            Assert.True(median >= 0.95, $"median mid-line mark {median:0.###} em");
            Assert.All(pairs, p => Assert.True(p >= 1.5 - 0.01, $"adjacent marks set at {p:0.###} em"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [ToolFact(Tool.Qpdf)]
    public void The_print_edition_draws_text_and_rules_in_pure_black_ink_and_crop_marks_in_registration_colour()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-e2e-inks").FullName;
        try
        {
            var (pdf, _) = Render("print", folder);
            var qdf = Path.Combine(folder, "qdf.pdf");
            var r = ProcessRunner.Run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]);
            Assert.True(r.ExitCode == 0, r.ToString());
            var text = File.ReadAllText(qdf, System.Text.Encoding.Latin1);
            var colours = ColourOperator().Matches(text).Select(m => m.Value.Trim()).Distinct().ToList();
            Assert.Contains("0 0 0 1 k", colours); // text and dots
            Assert.Contains("0 0 0 1 K", colours); // rules
            Assert.All(colours, c => Assert.True(c is "0 0 0 1 k" or "0 0 0 1 K" || Regex.IsMatch(c, @"^1\s+SCN$"), $"colour operator '{c}' is not pure K"));
            Assert.Matches(@"/CSRegistration\s*\[\s*/Separation\s*/All\s*/DeviceCMYK", text);
            Assert.Matches(@"/CSRegistration\s+CS\s+1\s+SCN", text);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static double D(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<word xMin=\"(?<x0>[0-9.]+)\" yMin=\"(?<y0>[0-9.]+)\" xMax=\"(?<x1>[0-9.]+)\" yMax=\"(?<y1>[0-9.]+)\">(?<t>[^<]*)</word>")]
    private static partial Regex Word();

    /// <summary>Colour-setting operators of content streams: gray, RGB, CMYK and general (SCN) in fill and stroke forms.</summary>
    [GeneratedRegex(@"(?m)^(?:[0-9.]+ )+(?:g|G|rg|RG|k|K|sc|SC|scn|SCN)$|\b1\s+SCN\b")]
    private static partial Regex ColourOperator();
}
