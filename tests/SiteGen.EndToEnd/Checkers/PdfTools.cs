using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>One row of `pdffonts`.</summary>
public sealed record PdfFont(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool HasToUnicode, string ObjectId);

/// <summary>`pdfinfo` fields, with the common ones typed. All fields are in <see cref="Fields"/> as printed.</summary>
public sealed record PdfInfo(IReadOnlyDictionary<string, string> Fields)
{
    public string? Get(string key) => Fields.TryGetValue(key, out var v) ? v : null;
    public string? Title => Get("Title");
    public string? Author => Get("Author");
    public string? Subject => Get("Subject");
    public string? Keywords => Get("Keywords");
    public string? Creator => Get("Creator");
    public string? Producer => Get("Producer");
    public int Pages => int.Parse(Get("Pages") ?? "0", CultureInfo.InvariantCulture);
    /// <summary>"yes" in pdfinfo's Tagged line (the catalog's /MarkInfo /Marked true).</summary>
    public bool Tagged => Get("Tagged")?.StartsWith("yes", StringComparison.Ordinal) == true;
    public bool Encrypted => Get("Encrypted")?.StartsWith("yes", StringComparison.Ordinal) == true;
    public string? PdfVersion => Get("PDF version");
    /// <summary>e.g. "595.276 x 841.89 pts (A4)" (first page).</summary>
    public string? PageSize => Get("Page size");
}

/// <summary>One named destination from `pdfinfo -dests`.</summary>
public sealed record PdfDestination(int Page, string Target, string Name);

/// <summary>A PDF box: lower-left and upper-right corners in points.</summary>
public sealed record PdfBox(double X1, double Y1, double X2, double Y2)
{
    public double Width => X2 - X1;
    public double Height => Y2 - Y1;
}

/// <summary>Page geometry from `pdfinfo -box`: size, rotation and Media/Crop/Bleed/Trim/ArtBox.</summary>
public sealed record PdfPageBoxes(int Page, double Width, double Height, int Rotation, IReadOnlyDictionary<string, PdfBox> Boxes)
{
    public PdfBox MediaBox => Boxes["MediaBox"];
    public PdfBox? TrimBox => Boxes.GetValueOrDefault("TrimBox");
    public PdfBox? BleedBox => Boxes.GetValueOrDefault("BleedBox");
}

/// <summary>`qpdf --check`: exit 0 = fine, 3 = warnings (e.g. a repaired xref), 2 = errors.</summary>
public sealed record QpdfCheckResult(int ExitCode, string Output)
{
    public bool Ok => ExitCode == 0;
    public bool HasWarnings => ExitCode == 3;
    public bool HasErrors => ExitCode == 2;
}

/// <summary>Poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf, returning parsed values.</summary>
public static partial class PdfTools
{
    /// <summary>pdftotext to UTF-8: layout mode keeps columns; raw mode keeps content-stream order.</summary>
    public static string Text(string pdf, bool layout = true, int? firstPage = null, int? lastPage = null)
    {
        var args = new List<string> { layout ? "-layout" : "-raw", "-enc", "UTF-8" };
        AddRange(args, firstPage, lastPage);
        args.AddRange([Existing(pdf), "-"]);
        return Poppler("pdftotext", args).StdOut;
    }

    /// <summary>Text of each page (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> PageTexts(string pdf, bool layout = true)
    {
        var pages = Text(pdf, layout).Split('\f');
        // pdftotext ends the last page with a form feed too.
        return pages.Length > 1 && pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    public static IReadOnlyList<PdfFont> Fonts(string pdf)
    {
        var lines = Poppler("pdffonts", [Existing(pdf)]).StdOut.Split('\n');
        var dashIndex = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (dashIndex < 0) return [];
        // Columns are fixed-width; the dashes line gives each column's extent.
        var columns = DashRuns().Matches(lines[dashIndex]).Select(m => (m.Index, m.Length)).ToList();
        var fonts = new List<PdfFont>();
        foreach (var line in lines.Skip(dashIndex + 1).Where(l => l.Trim().Length > 0))
        {
            string Col(int i)
            {
                var (start, len) = columns[i];
                if (start >= line.Length) return "";
                var end = i + 1 < columns.Count ? Math.Min(columns[i + 1].Index, line.Length) : line.Length;
                return line[start..end].Trim();
            }
            fonts.Add(new PdfFont(Col(0), Col(1), Col(2), Col(3) == "yes", Col(4) == "yes", Col(5) == "yes", Col(6)));
        }
        return fonts;
    }

    public static PdfInfo Info(string pdf)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Poppler("pdfinfo", ["-enc", "UTF-8", Existing(pdf)]).StdOut.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return new PdfInfo(fields);
    }

    /// <summary>`pdfinfo -struct-text`: the tagged structure tree with each element's text.</summary>
    public static string StructText(string pdf) => Poppler("pdfinfo", ["-enc", "UTF-8", "-struct-text", Existing(pdf)]).StdOut;

    /// <summary>`pdfinfo -struct`: the tagged structure tree without text.</summary>
    public static string StructTree(string pdf) => Poppler("pdfinfo", ["-enc", "UTF-8", "-struct", Existing(pdf)]).StdOut;

    /// <summary>Named destinations (`pdfinfo -dests`): page number, target (e.g. "XYZ 0 800 null") and name.</summary>
    public static IReadOnlyList<PdfDestination> Destinations(string pdf)
    {
        var dests = new List<PdfDestination>();
        foreach (var line in Poppler("pdfinfo", ["-enc", "UTF-8", "-dests", Existing(pdf)]).StdOut.Split('\n'))
        {
            var m = DestLine().Match(line);
            if (m.Success)
                dests.Add(new PdfDestination(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                    Regex.Replace(m.Groups[2].Value.Trim(), @"\s+", " "), m.Groups[3].Value));
        }
        return dests;
    }

    /// <summary>Size, rotation and boxes of every page (`pdfinfo -box -f 1 -l N`).</summary>
    public static IReadOnlyList<PdfPageBoxes> Boxes(string pdf)
    {
        var path = Existing(pdf);
        var pages = Info(path).Pages;
        if (pages == 0) return [];
        var output = Poppler("pdfinfo", ["-box", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), path]).StdOut;
        var result = new List<PdfPageBoxes>();
        for (var p = 1; p <= pages; p++)
        {
            double w = 0, h = 0;
            var rot = 0;
            var boxes = new Dictionary<string, PdfBox>(StringComparer.Ordinal);
            var prefix = new Regex($@"^Page\s+{p}\s+(\w+):\s*(.*)$");
            foreach (var line in output.Split('\n'))
            {
                var m = prefix.Match(line);
                if (!m.Success) continue;
                var key = m.Groups[1].Value;
                var value = m.Groups[2].Value.Trim();
                if (key == "size")
                {
                    var s = SizeValue().Match(value);
                    if (s.Success) { w = Num(s.Groups[1].Value); h = Num(s.Groups[2].Value); }
                }
                else if (key == "rot")
                {
                    rot = int.Parse(value, CultureInfo.InvariantCulture);
                }
                else if (key.EndsWith("Box", StringComparison.Ordinal))
                {
                    var n = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Num).ToArray();
                    if (n.Length == 4) boxes[key] = new PdfBox(n[0], n[1], n[2], n[3]);
                }
            }
            result.Add(new PdfPageBoxes(p, w, h, rot, boxes));
        }
        return result;
    }

    /// <summary>`qpdf --check`: structure, xref and stream checks.</summary>
    public static QpdfCheckResult QpdfCheck(string pdf)
    {
        Tools.Require(Tool.Qpdf);
        var r = ProcessRunner.Run("qpdf", ["--check", Existing(pdf)]);
        return new QpdfCheckResult(r.ExitCode, (r.StdOut + r.StdErr).Trim());
    }

    /// <summary>Renders pages to PNG (pdftoppm); returns the files written, in page order.</summary>
    public static IReadOnlyList<string> RenderPng(string pdf, string outputDirectory, int dpi = 72, int? firstPage = null, int? lastPage = null)
    {
        Directory.CreateDirectory(outputDirectory);
        var stem = Path.Combine(Path.GetFullPath(outputDirectory), Path.GetFileNameWithoutExtension(pdf));
        var args = new List<string> { "-png", "-r", dpi.ToString(CultureInfo.InvariantCulture) };
        AddRange(args, firstPage, lastPage);
        args.AddRange([Existing(pdf), stem]);
        Poppler("pdftoppm", args);
        // pdftoppm names pages stem-1.png or stem-01.png depending on the page count.
        return Directory.EnumerateFiles(Path.GetDirectoryName(stem)!, Path.GetFileName(stem) + "-*.png")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[(Path.GetFileName(stem).Length + 1)..], CultureInfo.InvariantCulture))
            .ToList();
    }

    private static ProcessResult Poppler(string exe, IEnumerable<string> args)
    {
        Tools.Require(Tool.Poppler);
        var r = ProcessRunner.Run(exe, args);
        if (r.ExitCode != 0)
            throw new InvalidOperationException($"{exe} failed:\n{r}");
        return r;
    }

    private static void AddRange(List<string> args, int? first, int? last)
    {
        if (first is { } f) args.AddRange(["-f", f.ToString(CultureInfo.InvariantCulture)]);
        if (last is { } l) args.AddRange(["-l", l.ToString(CultureInfo.InvariantCulture)]);
    }

    private static string Existing(string pdf)
    {
        var full = Path.GetFullPath(pdf);
        return File.Exists(full) ? full : throw new FileNotFoundException("PDF not found", full);
    }

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-+")]
    private static partial Regex DashRuns();

    [GeneratedRegex(@"^\s*(\d+)\s+\[(.*)\]\s+""(.*)""\s*$")]
    private static partial Regex DestLine();

    [GeneratedRegex(@"^([\d.]+)\s*x\s*([\d.]+)")]
    private static partial Regex SizeValue();
}
