using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// The print edition's colour claim made true. Its text and rules are pure black ink (DeviceCMYK 0 0 0 1) and its crop
/// marks registration colour, so its PDF/A-2 output intent must be a CMYK printing condition (ISO 19005-2 §6.2.4.3:
/// DeviceCMYK only under a CMYK output intent, DeviceRGB only under an RGB one). PDFsharp writes an sRGB intent; this
/// swaps in FOGRA39 (offset on coated paper, ISO 12647-2), with a profile built from freely licensed measurement data
/// (Profiles/README.md), and turns every DeviceRGB left in the file (RGB images, transparency groups) into ICCBased sRGB,
/// reusing the sRGB profile PDFsharp embedded, so no uncalibrated RGB remains in a CMYK-intent file.
/// </summary>
internal static partial class PrintOutputIntent
{
    public const string ConditionIdentifier = "FOGRA39";

    private static readonly Lazy<byte[]> DeflatedProfile = new(() => StreamRedeflater.Deflate(Profile()));

    /// <summary>The CMYK output profile (ICC v2, class prtr, CMYK to Lab), as committed.</summary>
    public static byte[] Profile()
    {
        using var stream = typeof(PrintOutputIntent).Assembly.GetManifestResourceStream("SiteGen.Typesetting.FOGRA39L-coated.icc")
            ?? throw new InvalidOperationException("The CMYK output profile is not embedded in SiteGen.Typesetting.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static void Apply(PdfObjectFile file)
    {
        var catalog = file.Objects.First(o => o.Body.Contains("/Type/Catalog", StringComparison.Ordinal));
        var intent = Intent().Match(catalog.Body);
        if (!intent.Success) throw new InvalidOperationException("PDFsharp wrote no PDF/A output intent.");
        var srgb = int.Parse(intent.Groups["profile"].Value, CultureInfo.InvariantCulture);

        var usesRgb = false;
        foreach (var o in file.Objects)
        {
            if (o.Number == srgb || !o.Body.Contains("/DeviceRGB", StringComparison.Ordinal)) continue;
            o.Body = DeviceRgb().Replace(o.Body, $"[/ICCBased {srgb} 0 R]");
            usesRgb = true;
        }
        // Nothing calibrated as sRGB any more: the profile would be dead weight in the file.
        if (!usesRgb) file.Objects.RemoveAll(o => o.Number == srgb);

        var cmyk = file.Add("<</N 4/Alternate/DeviceCMYK/Length 0/Filter/FlateDecode>>", DeflatedProfile.Value);
        var replacement = "/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(" + ConditionIdentifier + ")"
            + "/RegistryName(http://www.color.org)/Info(Coated FOGRA39, ISO 12647-2:2004 offset on coated paper)"
            + "/OutputCondition(Offset printing on coated paper, paper type 1 or 2, ISO 12647-2:2004/Amd 1)"
            + "/DestOutputProfile " + cmyk.ToString(CultureInfo.InvariantCulture) + " 0 R>>]";
        catalog.Body = catalog.Body[..intent.Index] + replacement + catalog.Body[(intent.Index + intent.Length)..];
    }

    [GeneratedRegex(@"/OutputIntents\s*\[\s*<<(?:(?!>>).)*?/DestOutputProfile\s+(?<profile>\d+)\s+0\s+R(?:(?!>>).)*>>\s*\]", RegexOptions.Singleline)]
    private static partial Regex Intent();

    /// <summary>The colour space name as a token (not a prefix of a longer name).</summary>
    [GeneratedRegex(@"/DeviceRGB(?![A-Za-z0-9])")]
    private static partial Regex DeviceRgb();
}
