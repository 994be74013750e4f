using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Phone cameras store a photo as the sensor saw it and write an EXIF Orientation instead of turning the pixels.
/// Browsers obey it; the PDF must too, or the page shows the meeting upright and the PDF shows it on its side.
/// The test photo is stored 100 × 60 with its left half black and its right half grey; poppler renders the page
/// and the figure's box is read for where the dark half landed.
/// </summary>
public sealed class TurnedPhotoTests
{
    [Theory]
    [InlineData(1, "left")]
    [InlineData(3, "right")]
    [InlineData(6, "top")]
    [InlineData(8, "bottom")]
    public void The_pdf_shows_the_photo_turned_as_its_exif_orientation_says(int orientation, string darkSide)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-turned-photo-").FullName;
        try
        {
            var photo = WithOrientation(HalfBlackHalfGrey(folder), orientation);
            var info = new DocumentInfo("照片", "作者", "机构", "说明", [], "zh-CN", new DateOnly(2021, 3, 1), "turned");
            var blocks = new List<Block> { new FigureBlock(null, photo, "会场", [], null, "t.md:1") };
            var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen with { Level1Start = SectionStart.Continue });
            var pdf = Path.Combine(folder, "turned.pdf");
            File.WriteAllBytes(pdf, result.Pdf);

            var (page, box) = FigureBox(pdf, folder);
            var quarter = ExifQuarters(pdf, folder, page, box);
            var turned = orientation >= 5;
            Assert.True(turned ? box.Height > box.Width : box.Width > box.Height, $"the figure is {box.Width:0} x {box.Height:0} pt");
            var dark = quarter.MinBy(q => q.Value).Key;
            var light = quarter.MaxBy(q => q.Value).Key;
            Assert.True(dark == darkSide, $"darkest quarter is the {dark}: {string.Join(", ", quarter.Select(q => $"{q.Key} {q.Value:0}"))}");
            Assert.True(quarter[darkSide] < 60 && quarter[Opposite(darkSide)] is > 90 and < 170,
                $"{darkSide} should be black and {Opposite(darkSide)} grey: {string.Join(", ", quarter.Select(q => $"{q.Key} {q.Value:0}"))} (lightest {light})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Opposite(string side) => side switch { "left" => "right", "right" => "left", "top" => "bottom", _ => "top" };

    private static byte[] HalfBlackHalfGrey(string folder)
    {
        var source = Path.Combine(folder, "source.pdf");
        using (var document = new PdfDocument())
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(100);
            page.Height = XUnit.FromPoint(60);
            using var g = XGraphics.FromPdfPage(page);
            g.DrawRectangle(XBrushes.Black, 0, 0, 50, 60);
            g.DrawRectangle(new XSolidBrush(XColor.FromArgb(128, 128, 128)), 50, 0, 50, 60);
            document.Save(source);
        }
        var stem = Path.Combine(folder, "photo");
        var (exit, _, err) = PdfTool.Run("pdftoppm", "-jpeg", "-r", "72", "-singlefile", source, stem);
        Assert.True(exit == 0, err);
        return File.ReadAllBytes(stem + ".jpg");
    }

    /// <summary>The JPEG with an APP1 EXIF block (little-endian TIFF, IFD0 with the Orientation tag) after its SOI.</summary>
    private static byte[] WithOrientation(byte[] jpeg, int orientation)
    {
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0, 0, 0, 0, 0];
        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        var length = body.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. body, .. jpeg.AsSpan(2)];
    }

    /// <summary>The Figure's /BBox (PDF user space) and the page its image is on.</summary>
    private static (int Page, (double X, double Y, double Width, double Height) Box) FigureBox(string pdf, string folder)
    {
        var qdf = Path.Combine(folder, "qdf.pdf");
        PdfTool.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        var m = Regex.Match(raw, @"/BBox \[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]");
        Assert.True(m.Success, "the figure has a /BBox");
        double N(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var (_, list, _) = PdfTool.Run("pdfimages", "-list", pdf);
        var row = list.Split('\n').Skip(2).First(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(row[0], CultureInfo.InvariantCulture), (N(1), N(2), N(3) - N(1), N(4) - N(2)));
    }

    /// <summary>Mean grey of each quarter-wide strip along the box's four sides, from poppler's render at 72 dpi (1 px = 1 pt).</summary>
    private static Dictionary<string, double> ExifQuarters(string pdf, string folder, int page, (double X, double Y, double Width, double Height) box)
    {
        var stem = Path.Combine(folder, "page");
        var p = page.ToString(CultureInfo.InvariantCulture);
        var (exit, _, err) = PdfTool.Run("pdftoppm", "-gray", "-r", "72", "-f", p, "-l", p, "-singlefile", pdf, stem);
        Assert.True(exit == 0, err);
        var (width, height, pixels) = Pgm(File.ReadAllBytes(stem + ".pgm"));
        var left = (int)Math.Ceiling(box.X) + 2;
        var right = (int)Math.Floor(box.X + box.Width) - 2;
        var top = height - (int)Math.Floor(box.Y + box.Height) + 2;
        var bottom = height - (int)Math.Ceiling(box.Y) - 2;
        double Mean(int x0, int x1, int y0, int y1)
        {
            double sum = 0;
            var n = 0;
            for (var y = y0; y < y1; y++)
                for (var x = x0; x < x1; x++) { sum += pixels[y * width + x]; n++; }
            return sum / n;
        }
        var (qw, qh) = ((right - left) / 4, (bottom - top) / 4);
        return new()
        {
            ["left"] = Mean(left, left + qw, top, bottom),
            ["right"] = Mean(right - qw, right, top, bottom),
            ["top"] = Mean(left, right, top, top + qh),
            ["bottom"] = Mean(left, right, bottom - qh, bottom),
        };
    }

    private static (int Width, int Height, byte[] Pixels) Pgm(byte[] file)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)file[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)file[at])) at++;
            fields.Add(Encoding.ASCII.GetString(file, start, at - start));
        }
        Assert.Equal("P5", fields[0]);
        var (w, h) = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
        return (w, h, file[(at + 1)..]);
    }
}
