using System.Globalization;
using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Crop marks in registration colour: a Separation named /All (every plate prints it) with a CMYK 100/100/100/100
/// alternate. PDFsharp draws device colours only, so the marks go into a small content stream of their own,
/// appended after the page's drawing and marked as a page artifact (printer's marks).
/// </summary>
internal static class RegistrationMarks
{
    private const string ColourSpaceName = "/CSRegistration";

    public static void Draw(PdfState s, IReadOnlyList<(double X1, double Y1, double X2, double Y2)> lines, double width)
    {
        var page = s.Page ?? throw new InvalidOperationException("Crop marks outside a page.");
        var resources = page.Resources.Elements;
        if (resources.GetDictionary("/ColorSpace") is not { } spaces)
        {
            spaces = new PdfDictionary(s.Document);
            resources["/ColorSpace"] = spaces;
        }
        spaces.Elements[ColourSpaceName] = Separation(s.Document);

        var ops = new StringBuilder("/Artifact <</Type /Page>> BDC q ").Append(ColourSpaceName).Append(" CS 1 SCN ")
            .Append(Number(width)).Append(" w\n");
        foreach (var (x1, y1, x2, y2) in lines)
            ops.Append(Number(x1 + s.Offset)).Append(' ').Append(Number(s.PdfY(y1))).Append(" m ")
               .Append(Number(x2 + s.Offset)).Append(' ').Append(Number(s.PdfY(y2))).Append(" l S\n");
        ops.Append("Q EMC\n");
        var content = page.Contents.AppendContent();
        content.CreateStream(Deflate(Encoding.ASCII.GetBytes(ops.ToString())));
        content.Elements["/Filter"] = new PdfName("/FlateDecode");
    }

    private static PdfArray Separation(PdfDocument document)
    {
        var tint = new PdfDictionary(document);
        tint.Elements["/FunctionType"] = new PdfInteger(2);
        tint.Elements["/Domain"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(1));
        tint.Elements["/C0"] = new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0), new PdfInteger(0));
        tint.Elements["/C1"] = new PdfArray(document, new PdfInteger(1), new PdfInteger(1), new PdfInteger(1), new PdfInteger(1));
        tint.Elements["/N"] = new PdfInteger(1);
        return new PdfArray(document, new PdfName("/Separation"), new PdfName("/All"), new PdfName("/DeviceCMYK"), tint);
    }

    private static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal)) z.Write(data);
        return output.ToArray();
    }
}
