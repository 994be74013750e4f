using System.Collections.Frozen;
using System.Globalization;
using SiteGen.Typesetting.Model;

namespace SiteGen.Media.SvgPdf;

/// <summary>SVG colours and lengths as a PDF draws them.</summary>
internal static class Paint
{
    /// <summary>The result of reading a paint: none, a colour, or something a PDF figure cannot take (a gradient or pattern reference).</summary>
    public readonly record struct Result(bool None, Rgba Colour, Diagnostics.Message? Problem);

    public static Result Parse(string value, Rgba currentColour)
    {
        var v = value.Trim();
        if (v is "none" or "transparent") return new Result(true, default, null);
        if (v == "currentColor") return new Result(false, currentColour, null);
        if (v.StartsWith("url(", StringComparison.Ordinal))
            return new Result(false, default, Diagnostics.Messages.SvgPaintGradient.With(Diagnostics.MessageText.Value(v.Split(')')[0] + ")")));
        return Colour(v) is { } c ? new Result(false, c, null) : new Result(false, default, Diagnostics.Messages.SvgPaintColour.With(Diagnostics.MessageText.Value(v)));
    }

    public static Rgba? Colour(string v)
    {
        v = v.Trim().ToLowerInvariant();
        if (v.StartsWith('#'))
        {
            var hex = v[1..];
            if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
            if (hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var n))
                return new Rgba((byte)(n >> 16), (byte)(n >> 8), (byte)n);
            return null;
        }
        if (v.StartsWith("rgb(", StringComparison.Ordinal) && v.EndsWith(')'))
        {
            var parts = v[4..^1].Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3) return null;
            var channels = new byte[3];
            for (var i = 0; i < 3; i++)
            {
                var p = parts[i];
                var percent = p.EndsWith('%');
                if (!double.TryParse(percent ? p[..^1] : p, NumberStyles.Float, CultureInfo.InvariantCulture, out var c)) return null;
                channels[i] = (byte)Math.Clamp(Math.Round(percent ? c * 2.55 : c), 0, 255);
            }
            return new Rgba(channels[0], channels[1], channels[2]);
        }
        return Named.TryGetValue(v, out var rgb) ? new Rgba((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb) : null;
    }

    /// <summary>A length in drawing units (CSS px); null for percentages and anything else it cannot resolve alone.</summary>
    public static double? Length(string? value, double fontSize = 16)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        var unit = new string(v.Reverse().TakeWhile(char.IsAsciiLetter).Reverse().ToArray());
        if (!double.TryParse(v[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n)) return null;
        return unit switch
        {
            "" or "px" => n,
            "pt" => n * 96 / 72,
            "pc" => n * 16,
            "mm" => n * 96 / 25.4,
            "cm" => n * 96 / 2.54,
            "in" => n * 96,
            "em" => n * fontSize,
            _ => null,
        };
    }

    public static double? Number(string? value) =>
        value is not null && double.TryParse(value.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? value.Trim().EndsWith('%') ? n / 100 : n
            : null;

    /// <summary>The CSS basic and common extended colour keywords charts use.</summary>
    private static readonly FrozenDictionary<string, int> Named = new Dictionary<string, int>
    {
        ["black"] = 0x000000, ["silver"] = 0xC0C0C0, ["gray"] = 0x808080, ["grey"] = 0x808080, ["white"] = 0xFFFFFF,
        ["maroon"] = 0x800000, ["red"] = 0xFF0000, ["purple"] = 0x800080, ["fuchsia"] = 0xFF00FF, ["magenta"] = 0xFF00FF,
        ["green"] = 0x008000, ["lime"] = 0x00FF00, ["olive"] = 0x808000, ["yellow"] = 0xFFFF00, ["navy"] = 0x000080,
        ["blue"] = 0x0000FF, ["teal"] = 0x008080, ["aqua"] = 0x00FFFF, ["cyan"] = 0x00FFFF, ["orange"] = 0xFFA500,
        ["darkgray"] = 0xA9A9A9, ["darkgrey"] = 0xA9A9A9, ["lightgray"] = 0xD3D3D3, ["lightgrey"] = 0xD3D3D3,
        ["dimgray"] = 0x696969, ["dimgrey"] = 0x696969, ["gainsboro"] = 0xDCDCDC, ["whitesmoke"] = 0xF5F5F5,
        ["darkred"] = 0x8B0000, ["crimson"] = 0xDC143C, ["firebrick"] = 0xB22222, ["tomato"] = 0xFF6347,
        ["gold"] = 0xFFD700, ["darkgreen"] = 0x006400, ["forestgreen"] = 0x228B22, ["seagreen"] = 0x2E8B57,
        ["steelblue"] = 0x4682B4, ["royalblue"] = 0x4169E1, ["darkblue"] = 0x00008B, ["skyblue"] = 0x87CEEB,
        ["lightblue"] = 0xADD8E6, ["brown"] = 0xA52A2A, ["chocolate"] = 0xD2691E, ["pink"] = 0xFFC0CB,
        ["indigo"] = 0x4B0082, ["violet"] = 0xEE82EE, ["darkorange"] = 0xFF8C00, ["coral"] = 0xFF7F50,
        ["slategray"] = 0x708090, ["slategrey"] = 0x708090, ["beige"] = 0xF5F5DC, ["ivory"] = 0xFFFFF0,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
