using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Ingest;

/// <summary>What is wrong with a report's date, in words a writer can act on.</summary>
internal static partial class ReportDates
{
    /// <summary>A date more than this many days after the build's clock is most likely a typo in the year.</summary>
    public const int FutureToleranceDays = 366;

    /// <summary>Why <paramref name="text"/> (already known not to parse) is no date: no such day, or not yyyy-mm-dd at all.</summary>
    public static string WhyNot(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return $"'{Diagnostics.MessageText.Value(text)}' is not a date written as yyyy-mm-dd (e.g. 2021-02-22)";
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            return $"'{text}' has no such day: there is no month {month} (months run 01 to 12); write yyyy-mm-dd";
        }

        var days = DateTime.DaysInMonth(year, month);
        return $"'{text}' has no such day: {year:D4}-{month:D2} has {days} days";
    }

    /// <summary>A warning when <paramref name="date"/> is far after <paramref name="today"/>; null when there is no clock or the date is plausible.</summary>
    public static string? FarFuture(DateOnly date, DateOnly? today)
    {
        if (today is not { } now || date.DayNumber - now.DayNumber <= FutureToleranceDays)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"the date {date:yyyy-MM-dd} is more than a year after today ({now:yyyy-MM-dd}); check the year");
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex Shape();
}
