using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Finds title, date, organisation and author in the document's first lines (by style first: Title, Subtitle,
/// Author, Date; then by the layout of official documents: the issuing body above a centred title, a date line
/// below it or at the end) and in its properties. Lines taken into the front matter leave the body, since the
/// page prints them from there; each thing not found is named.
/// </summary>
internal static partial class FrontMatterGuess
{
    private const int Head = 6;

    public static (ImportedFrontMatter FrontMatter, List<ImportBlock> Body) Find(
        List<ImportBlock> blocks, WordprocessingDocument document, string fileStem, ImportPlace place)
    {
        var body = new List<ImportBlock>(blocks);
        var properties = document.PackageProperties;
        var head = body.Take(Head).OfType<ParagraphBlock>().ToList();

        // Title: a Title-styled line; a lone level-1 heading at the top; the core property; a centred first line.
        var titleBlock = head.FirstOrDefault(p => p.Role == ParagraphRole.Title)
            ?? (body.FirstOrDefault() is ParagraphBlock { IsHeading: true, Level: 1 } first
                && body.OfType<ParagraphBlock>().Count(p => p.IsHeading && p.Level == 1) == 1 ? first : null)
            ?? (Clean(properties.Title) is { } property ? head.FirstOrDefault(p => p.Plain == property) : null)
            ?? head.FirstOrDefault(p => p.Centered && !p.IsHeading && ParseDate(p.Plain) is null && p.Plain.Length <= 80 && !OrganizationHeader().IsMatch(p.Plain));
        string title;
        var organization = (string?)null;
        if (titleBlock is not null)
        {
            title = titleBlock.Plain;
            var index = body.IndexOf(titleBlock);
            var above = body.Take(index).OfType<ParagraphBlock>().ToList();
            if (above.Count > 0 && above.All(p => p.Plain.Length <= 40))
            {
                // The issuing body's header above the title (e.g. "××市人民政府文件").
                organization = OrganizationHeader().Replace(string.Join(" ", above.Select(p => p.Plain)), "");
                body.RemoveRange(0, index);
            }

            body.Remove(titleBlock);
        }
        else if (Clean(properties.Title) is { } fromProperties)
        {
            title = fromProperties;
            place.Diagnostics.Warning(DiagnosticCodes.ImportFrontMatterGuess, Messages.ImportTitleFromProperties.With(MessageText.Value(title)), place.Location with { Line = 0 });
        }
        else
        {
            title = fileStem;
            place.Diagnostics.Warning(DiagnosticCodes.ImportFrontMatterGuess, Messages.ImportNoTitle.With(MessageText.Value(title)), place.Location with { Line = 0 });
        }

        var subtitle = Take(body, p => p.Role == ParagraphRole.Subtitle || (p.Centered && p.Plain.StartsWith("——", StringComparison.Ordinal)));
        var author = Take(body, p => p.Role == ParagraphRole.Author);
        var dateBlock = Take(body, p => p.Role == ParagraphRole.Date || (ParseDate(p.Plain) is not null && IsDateLine(p.Plain)));
        var date = dateBlock is null ? null : ParseDate(dateBlock.Plain);
        if (date is null)
        {
            // The date of an official document stands at its end, under the issuing body (落款); it stays in the text.
            var tail = body.OfType<ParagraphBlock>().TakeLast(4).Reverse().FirstOrDefault(p => IsDateLine(p.Plain) && ParseDate(p.Plain) is not null);
            if (tail is not null)
            {
                // Both move into the front matter, which the page prints under the title: left in the body they
                // would stand twice, and a signature line without a full stop reads as a broken paragraph.
                date = ParseDate(tail.Plain);
                var signature = body.IndexOf(tail) - 1;
                if (signature >= 0 && body[signature] is ParagraphBlock { IsHeading: false, List: null } above && above.Plain.Length <= 40
                    && (organization is null || organization == above.Plain))
                {
                    organization = above.Plain;
                    body.Remove(above);
                }

                body.Remove(tail);
            }
        }

        if (date is null && properties.Created is { } created)
        {
            date = DateOnly.FromDateTime(created);
            place.Diagnostics.Warning(DiagnosticCodes.ImportFrontMatterGuess,
                Messages.ImportDateFromFile.With(date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), place.Location with { Line = 0 });
        }
        else if (date is null)
        {
            place.Diagnostics.Error(DiagnosticCodes.ImportNoDate,
                Messages.ImportNoDate.With(), place.Location with { Line = 0 });
        }

        organization ??= Clean(document.ExtendedFilePropertiesPart?.Properties?.Company?.Text);
        if (organization is null)
        {
            place.Diagnostics.Warning(DiagnosticCodes.ImportFrontMatterGuess,
                Messages.ImportNoOrganization.With(), place.Location with { Line = 0 });
        }

        var keywords = (Clean(properties.Keywords) ?? "").Split([',', ';', '，', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var frontMatter = new ImportedFrontMatter
        {
            Title = title,
            Date = date,
            Lang = Language(blocks),
            Subtitle = subtitle?.Plain,
            Organization = organization,
            Author = author?.Plain,
            Description = Clean(properties.Description),
            Keywords = keywords,
        };
        return (frontMatter, body);
    }

    private static ParagraphBlock? Take(List<ImportBlock> body, Func<ParagraphBlock, bool> match)
    {
        var found = body.Take(Head).OfType<ParagraphBlock>().FirstOrDefault(p => !p.IsHeading && p.List is null && match(p));
        if (found is not null)
        {
            body.Remove(found);
        }

        return found;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>zh-CN when Han characters make up a fair part of the letters; otherwise en.</summary>
    private static string Language(List<ImportBlock> blocks)
    {
        var text = string.Concat(blocks.OfType<ParagraphBlock>().Select(p => p.Plain));
        var han = text.Count(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf');
        var letters = text.Count(char.IsLetter);
        return letters == 0 || han * 5 >= letters ? "zh-CN" : "en";
    }

    /// <summary>A line that is only a date, perhaps in brackets: "2021年2月22日", "（2021年2月22日）", "2021-02-22".</summary>
    private static bool IsDateLine(string text) => DateLine().IsMatch(text.Trim());

    public static DateOnly? ParseDate(string text)
    {
        var match = ArabicDate().Match(text);
        if (match.Success)
        {
            return Make(Digits(match.Groups[1].Value), Digits(match.Groups[2].Value), Digits(match.Groups[3].Value));
        }

        match = ChineseDate().Match(text);
        return match.Success
            ? Make(int.Parse(string.Concat(match.Groups[1].Value.Select(c => (char)('0' + "〇一二三四五六七八九".IndexOf(c == '零' ? '〇' : c)))), CultureInfo.InvariantCulture),
                ChineseSmall(match.Groups[2].Value), ChineseSmall(match.Groups[3].Value))
            : null;
    }

    private static int Digits(string text) =>
        int.Parse(string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c)), CultureInfo.InvariantCulture);

    private static int ChineseSmall(string text)
    {
        const string digits = "〇一二三四五六七八九";
        var ten = text.IndexOf('十');
        if (ten < 0) return digits.IndexOf(text[0]);
        var tens = ten == 0 ? 1 : digits.IndexOf(text[0]);
        var units = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1]);
        return tens * 10 + units;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"([0-9０-９]{4})\s*(?:年|[-./])\s*([0-9０-９]{1,2})\s*(?:月|[-./])\s*([0-9０-９]{1,2})")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^[（(]?\s*(?:[0-9０-９]{4}\s*(?:年|[-./])\s*[0-9０-９]{1,2}\s*(?:月|[-./])\s*[0-9０-９]{1,2}\s*日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\s*文件$")]
    private static partial Regex OrganizationHeader();
}
