using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// The PDF/A-2u requirements we can check without a validator (veraPDF is not packaged for apt), read from
/// qpdf --json. Each returns the problems it found; an empty list means the item holds.
/// Not checked here: glyph widths against the font programs, XMP schema validity.
/// </summary>
internal static partial class PdfAChecks
{
    public static List<string> Run(string path)
    {
        var problems = new List<string>();
        var (exit, output, err) = PdfTool.Run("qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", path);
        if (exit != 0) return [$"qpdf --json failed: {err}"];
        var objects = JsonDocument.Parse(output).RootElement.GetProperty("qpdf")[1];
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var raw = File.ReadAllBytes(path);

        // 6.1.2 header: %PDF-1.n then a comment line of at least four bytes above 127.
        if (!Encoding.Latin1.GetString(raw, 0, 9).StartsWith("%PDF-1.7\n", StringComparison.Ordinal) || raw.Skip(10).Take(4).Any(b => b < 128))
            problems.Add("header is not %PDF-1.7 followed by a binary comment");
        // 6.1.3 file identifier and no encryption.
        if (!trailer.TryGetProperty("/ID", out var id) || id.GetArrayLength() != 2) problems.Add("trailer has no /ID pair");
        if (trailer.TryGetProperty("/Encrypt", out _)) problems.Add("file is encrypted");

        var catalog = Resolve(objects, trailer.GetProperty("/Root"));
        // 6.2.3 output intent with an embedded ICC profile.
        if (!catalog.TryGetProperty("/OutputIntents", out var intents) || intents.GetArrayLength() == 0) problems.Add("no OutputIntents");
        else
        {
            var intent = intents[0].ValueKind == JsonValueKind.String ? Resolve(objects, intents[0]) : intents[0];
            if (intent.GetProperty("/S").GetString() != "/GTS_PDFA1") problems.Add("output intent subtype is not GTS_PDFA1");
            if (!intent.TryGetProperty("/OutputConditionIdentifier", out _)) problems.Add("output intent has no OutputConditionIdentifier");
            var profile = Stream(objects, intent.GetProperty("/DestOutputProfile"));
            var icc = Convert.FromBase64String(profile.GetProperty("data").GetString()!);
            if (icc.Length < 128 || Encoding.ASCII.GetString(icc, 36, 4) != "acsp") problems.Add("DestOutputProfile is not an ICC profile");
            else
            {
                // 6.2.3: an output (prtr) or monitor (mntr) profile; its components match /N.
                var space = Encoding.ASCII.GetString(icc, 16, 4);
                var n = profile.GetProperty("dict").GetProperty("/N").GetInt32();
                if (Encoding.ASCII.GetString(icc, 12, 4) is not ("prtr" or "mntr")) problems.Add("ICC profile is neither an output nor a monitor profile");
                if (!(space == "RGB " && n == 3) && !(space == "CMYK" && n == 4)) problems.Add($"ICC profile '{space}' with /N {n} is neither RGB/3 nor CMYK/4");
                else problems.AddRange(DeviceColour(path, space == "CMYK"));
            }
        }

        // 6.6 metadata: XMP, unfiltered, pdfaid 2/U, and the Info dictionary equal to its XMP counterparts.
        var metadata = Stream(objects, catalog.GetProperty("/Metadata"));
        if (metadata.GetProperty("dict").TryGetProperty("/Filter", out _)) problems.Add("metadata stream is filtered");
        var xmp = Encoding.UTF8.GetString(Convert.FromBase64String(metadata.GetProperty("data").GetString()!));
        var xml = XDocument.Parse(xmp[xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(xmp.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
        string? X(string ns, string name) => xml.Descendants(XName.Get(name, ns)).FirstOrDefault()?.Value;
        const string dc = "http://purl.org/dc/elements/1.1/", pdf = "http://ns.adobe.com/pdf/1.3/", xmpNs = "http://ns.adobe.com/xap/1.0/", aid = "http://www.aiim.org/pdfa/ns/id/";
        if (X(aid, "part") != "2" || X(aid, "conformance") != "U") problems.Add("XMP does not say pdfaid:part 2, conformance U");
        if (xmp.Contains("bytes=", StringComparison.Ordinal)) problems.Add("XMP packet header has a bytes attribute");
        var info = Resolve(objects, trailer.GetProperty("/Info"));
        void Same(string key, string? expected)
        {
            if (!info.TryGetProperty(key, out var v)) return;
            var actual = Text(v);
            if (key.EndsWith("Date", StringComparison.Ordinal)) actual = XmpDate(actual);
            if (actual != expected) problems.Add($"Info {key} '{actual}' differs from XMP '{expected}'");
        }
        Same("/Title", X(dc, "title"));
        Same("/Author", X(dc, "creator"));
        Same("/Subject", X(dc, "description"));
        Same("/Keywords", X(pdf, "Keywords"));
        Same("/Producer", X(pdf, "Producer"));
        Same("/Creator", X(xmpNs, "CreatorTool"));
        Same("/CreationDate", X(xmpNs, "CreateDate"));
        Same("/ModDate", X(xmpNs, "ModifyDate"));

        foreach (var d in PdfJson.Dictionaries(objects))
        {
            var type = d.TryGetProperty("/Type", out var t) ? t.GetString() : null;
            var subtype = d.TryGetProperty("/Subtype", out var st) ? st.GetString() : null;
            // 6.1.7 no LZW.
            if (d.TryGetProperty("/Filter", out var filter) && filter.ToString().Contains("LZW", StringComparison.Ordinal)) problems.Add("LZW filter");
            // 6.2.11 fonts: every font program embedded; composite fonts map to Unicode (level U).
            if (type == "/Font" && subtype == "/Type0" && !d.TryGetProperty("/ToUnicode", out _)) problems.Add($"font {d.GetProperty("/BaseFont")} has no ToUnicode");
            if (type == "/FontDescriptor" && !(d.TryGetProperty("/FontFile", out _) || d.TryGetProperty("/FontFile2", out _) || d.TryGetProperty("/FontFile3", out _)))
                problems.Add($"font {d.GetProperty("/FontName")} is not embedded");
            if (type == "/Font" && subtype is "/Type1" or "/TrueType" or "/Type3") problems.Add($"simple font {subtype} (only composite subsets expected)");
            // 6.3 annotations: print flag set, hidden/invisible/noview clear.
            if (type == "/Annot" || subtype == "/Link")
            {
                var f = d.TryGetProperty("/F", out var fv) ? fv.GetInt32() : 0;
                if ((f & 4) == 0 || (f & (1 | 2 | 32)) != 0) problems.Add($"annotation flags {f} (Print must be set, Hidden/Invisible/NoView clear)");
            }
            // 6.2.8 images: no Interpolate, no Alternates, no OPI.
            if (subtype == "/Image" && (d.TryGetProperty("/Alternates", out _) || d.TryGetProperty("/OPI", out _) ||
                (d.TryGetProperty("/Interpolate", out var ip) && ip.ValueKind == JsonValueKind.True)))
                problems.Add("image with Alternates, OPI or Interpolate");
            // 6.2.10 transparency and graphics state: only standard blend modes, no transfer functions.
            if (type == "/ExtGState")
            {
                if (d.TryGetProperty("/TR", out _) || d.TryGetProperty("/TR2", out var tr2) && tr2.GetString() != "/Default") problems.Add("ExtGState with a transfer function");
                if (d.TryGetProperty("/BM", out var bm) && !StandardBlendModes.Contains(bm.ToString())) problems.Add($"blend mode {bm}");
            }
            // 6.5 / 6.6.1 no JavaScript, no forbidden actions.
            if (d.TryGetProperty("/S", out var s) && s.ValueKind == JsonValueKind.String &&
                s.GetString() is "/JavaScript" or "/Launch" or "/Sound" or "/Movie" or "/ResetForm" or "/ImportData" or "/Hide" or "/SetOCGState" or "/Rendition" or "/Trans" or "/GoTo3DView")
                problems.Add($"forbidden action {s}");
            if (d.TryGetProperty("/EmbeddedFiles", out _)) problems.Add("embedded files");
        }
        return problems;
    }

    /// <summary>
    /// 6.2.4.3: DeviceRGB may be used only under an RGB output intent and DeviceCMYK only under a CMYK one; the other
    /// must be calibrated (ICCBased). Read from the uncompressed file: colour space names and the content streams'
    /// colour operators (rg/RG set DeviceRGB, k/K DeviceCMYK). A Separation's alternate space is exempt (its tint
    /// transform maps into it; the registration colour of crop marks is one).
    /// </summary>
    private static List<string> DeviceColour(string path, bool cmykIntent)
    {
        var qdf = path + ".qdf";
        var (exit, _, err) = PdfTool.Run("qpdf", "--qdf", "--object-streams=disable", path, qdf);
        if (exit != 0) return [$"qpdf --qdf failed: {err}"];
        var text = File.ReadAllText(qdf, Encoding.Latin1);
        File.Delete(qdf);
        var problems = new List<string>();
        var forbidden = cmykIntent ? "/DeviceRGB" : "/DeviceCMYK";
        var names = Regex.Matches(text, Regex.Escape(forbidden) + "(?![A-Za-z])").Count
            - Regex.Matches(text, @"/Separation\s*/\w+\s*" + Regex.Escape(forbidden)).Count;
        if (names > 0) problems.Add($"{names} uses of {forbidden} under a {(cmykIntent ? "CMYK" : "RGB")} output intent");
        var op = cmykIntent ? "rg|RG" : "k|K";
        var ops = Regex.Matches(text, $@"(?m)^(?:[0-9.]+ )+(?:{op})$").Count;
        if (ops > 0) problems.Add($"{ops} {(cmykIntent ? "DeviceRGB (rg/RG)" : "DeviceCMYK (k/K)")} colour operators under a {(cmykIntent ? "CMYK" : "RGB")} output intent");
        return problems;
    }

    private static readonly HashSet<string> StandardBlendModes =
        ["/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten", "/ColorDodge", "/ColorBurn",
         "/HardLight", "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation", "/Color", "/Luminosity"];

    private static JsonElement Resolve(JsonElement objects, JsonElement reference) =>
        reference.ValueKind == JsonValueKind.String && RefPattern().IsMatch(reference.GetString()!)
            ? objects.GetProperty("obj:" + reference.GetString()).GetProperty("value")
            : reference;

    private static JsonElement Stream(JsonElement objects, JsonElement reference) =>
        objects.GetProperty("obj:" + reference.GetString()).GetProperty("stream");

    private static string Text(JsonElement v)
    {
        var s = v.GetString()!;
        return s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : s;
    }

    /// <summary>D:YYYYMMDDHHmmSS+00'00' as XMP writes it.</summary>
    private static string XmpDate(string pdfDate)
    {
        var m = PdfDate().Match(pdfDate);
        if (!m.Success) return pdfDate;
        var g = m.Groups;
        var zone = g[7].Value is "Z" or "+00'00'" or "" ? "Z" : g[7].Value.Replace("'", ":", StringComparison.Ordinal).TrimEnd(':');
        return string.Create(CultureInfo.InvariantCulture, $"{g[1]}-{g[2]}-{g[3]}T{g[4]}:{g[5]}:{g[6]}{zone}");
    }

    [GeneratedRegex("^D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(.*)$")]
    private static partial Regex PdfDate();

    [GeneratedRegex("^\\d+ \\d+ R$")]
    private static partial Regex RefPattern();
}
