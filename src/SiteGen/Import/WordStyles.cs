using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Answers what a paragraph or character style means, following basedOn to the style it inherits from:
/// heading level from the name (English "Heading 1", Chinese "标题 1", as Word, WPS and LibreOffice write them)
/// or from an outline level, title, subtitle, caption, author and date, and the bold or emphasis a character
/// style gives.
/// </summary>
internal sealed partial class WordStyles
{
    private const int MaxDepth = 32;
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    public WordStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    public (ParagraphRole Role, int Level) ParagraphKind(string? styleId, int? directOutlineLevel)
    {
        foreach (var style in Chain(styleId))
        {
            var name = Normalize(style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? "");
            if (HeadingName().Match(name) is { Success: true } heading)
            {
                return (ParagraphRole.Heading, int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (RoleOfName(name) is { } role)
            {
                return (role, 0);
            }
        }

        var outline = directOutlineLevel ?? Chain(styleId).Select(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(v => v is not null);
        return outline is >= 0 and <= 8 ? (ParagraphRole.Heading, outline.Value + 1) : (ParagraphRole.Body, 0);
    }

    /// <summary>The numbering (list) a paragraph style carries, for headings numbered by their style.</summary>
    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    public bool? Toggle(string? styleId, Func<StyleRunProperties, OnOffType?> property)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleRunProperties is { } run && property(run) is { } value)
            {
                return WordValues.IsOn(value);
            }
        }

        return null;
    }

    public bool HasEmphasisMark(string? styleId) =>
        Chain(styleId).Select(s => s.StyleRunProperties?.Emphasis).FirstOrDefault(e => e is not null) is { } mark && WordValues.IsOn(mark);

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = 0;
        while (styleId is not null && seen++ < MaxDepth && _byId.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static ParagraphRole? RoleOfName(string name) => name switch
    {
        "title" or "标题" => ParagraphRole.Title,
        "subtitle" or "副标题" => ParagraphRole.Subtitle,
        "author" or "作者" => ParagraphRole.Author,
        "date" or "日期" => ParagraphRole.Date,
        _ when name.Contains("caption", StringComparison.Ordinal) || name.Contains("题注", StringComparison.Ordinal) => ParagraphRole.Caption,
        _ => null,
    };

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();

    [GeneratedRegex(@"^(?:heading|标题|標題)\s*([1-9])$")]
    private static partial Regex HeadingName();
}
