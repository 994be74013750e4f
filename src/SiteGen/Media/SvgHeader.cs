using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Media;

/// <summary>
/// SVG: the root element's width and height when both are plain numbers (unitless or px); otherwise the
/// viewBox's size, scaled to a plain width or height when one is given. Percentages, other units or no
/// usable viewBox: null, since the rendered size then depends on the page.
/// </summary>
internal static partial class SvgHeader
{
    public static PixelSize? Read(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head);
        var root = RootTag().Match(text);
        if (!root.Success) return null;
        var attributes = Attributes().Matches(root.Groups[1].Value)
            .GroupBy(m => m.Groups[1].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Groups[3].Value, StringComparer.Ordinal);
        var width = Length(attributes, "width", out var widthSimple);
        var height = Length(attributes, "height", out var heightSimple);
        if (!widthSimple || !heightSimple) return null;
        if (width is { } w && height is { } h) return Rounded(w, h);
        if (!attributes.TryGetValue("viewBox", out var box)) return null;
        var parts = box.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxWidth)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxHeight)
            || boxWidth <= 0 || boxHeight <= 0)
        {
            return null;
        }

        if (width is { } onlyWidth) return Rounded(onlyWidth, onlyWidth * boxHeight / boxWidth);
        if (height is { } onlyHeight) return Rounded(onlyHeight * boxWidth / boxHeight, onlyHeight);
        return Rounded(boxWidth, boxHeight);
    }

    /// <summary>The attribute's value in px; <paramref name="simple"/> is false when it is present in any other unit.</summary>
    private static double? Length(Dictionary<string, string> attributes, string name, out bool simple)
    {
        simple = true;
        if (!attributes.TryGetValue(name, out var raw)) return null;
        var value = raw.Trim();
        if (value.EndsWith("px", StringComparison.Ordinal)) value = value[..^2];
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0) return number;
        simple = false;
        return null;
    }

    private static PixelSize? Rounded(double width, double height) =>
        ImageHeader.Valid((long)Math.Round(width, MidpointRounding.AwayFromZero), (long)Math.Round(height, MidpointRounding.AwayFromZero));

    [GeneratedRegex(@"<svg\b([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex RootTag();

    [GeneratedRegex(@"(?<![\w:-])([\w:-]+)\s*=\s*(""|')(.*?)\2", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Attributes();
}
