using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>What is wrong with a report's date, in words a writer can act on.</summary>
internal static partial class ReportDates
{
    /// <summary>A date more than this many days after the build's clock is most likely a typo in the year.</summary>
    public const int FutureToleranceDays = 366;

    /// <summary>Why <paramref name="text"/> (already known not to parse) is no date: no such day, or not yyyy-mm-dd at all.</summary>
    public static Message WhyNot(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return Messages.DateInvalid.With(MessageText.Value(text));
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            return Messages.DateNoSuchMonth.With(text, month);
        }

        var days = DateTime.DaysInMonth(year, month);
        return Messages.DateNoSuchDay.With(text, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), days);
    }

    /// <summary>A warning when <paramref name="date"/> is far after <paramref name="today"/>; null when there is no clock or the date is plausible.</summary>
    public static Message? FarFuture(DateOnly date, DateOnly? today)
    {
        if (today is not { } now || date.DayNumber - now.DayNumber <= FutureToleranceDays)
        {
            return null;
        }

        return Messages.DateFarFuture.With(Iso(date), Iso(now));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex Shape();
}
