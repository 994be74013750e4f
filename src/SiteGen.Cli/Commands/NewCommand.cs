using System.CommandLine;
using System.Globalization;
using SiteGen.Cli.New;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen new FOLDER`: a report that builds at once; `--site` a whole site around a first report.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The new folder, e.g. input/2024-report (or the site's folder with --site)" };
        var title = new Option<string?>("--title") { Description = "The report's title" };
        var date = new Option<string?>("--date") { Description = "The report's date, yyyy-mm-dd (default: today)" };
        var lang = new Option<string>("--lang") { Description = "The report's language, e.g. zh-CN or en; the comments in the new files follow it", DefaultValueFactory = _ => "zh-CN" };
        var site = new Option<bool>("--site") { Description = "Start a whole site: FOLDER/input/site.yml and a first report" };
        var command = new Command("new", "Start a new report (report.md with every front-matter key explained, a figure, a table, a footnote), or with --site a new site")
        {
            folder, title, date, lang, site,
        };
        command.SetAction(parsed => Run(parsed.GetValue(folder)!, parsed.GetValue(title), parsed.GetValue(date), parsed.GetValue(lang)!, parsed.GetValue(site)));
        return command;
    }

    private static int Run(string folder, string? title, string? dateText, string lang, bool site)
    {
        var date = DateOnly.FromDateTime(DateTime.Now);
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Console.Error.WriteLine($"sitegen new: --date '{SiteGen.Diagnostics.MessageText.Clean(dateText)}' is not a date as yyyy-mm-dd, e.g. --date 2024-03-01");
            return CommandRunner.UsageError;
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(lang, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))
        {
            Console.Error.WriteLine($"sitegen new: --lang '{SiteGen.Diagnostics.MessageText.Clean(lang)}' is not a language tag, e.g. zh-CN or en");
            return CommandRunner.UsageError;
        }

        if (title is not null && (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl)))
        {
            Console.Error.WriteLine($"sitegen new: --title '{SiteGen.Diagnostics.MessageText.Clean(title)}' must be visible text on one line, e.g. --title \"Work report 2024\"");
            return CommandRunner.UsageError;
        }

        if (Starter.Refusal(folder) is { } refusal)
        {
            Console.Error.WriteLine($"sitegen new: {refusal}.");
            return CommandRunner.UsageError;
        }

        if (site)
        {
            Starter.WriteSite(folder, title, date, lang);
            Console.WriteLine($"Started a site in {folder}: set base_url in {Path.Combine(folder, "input", "site.yml")}, then run: sitegen build --input {Path.Combine(folder, "input")} --output {Path.Combine(folder, "output")}");
        }
        else
        {
            Starter.WriteReport(folder, title, date, lang);
            Console.WriteLine($"Wrote {Path.Combine(folder, "report.md")} and {Path.Combine(folder, Starter.FigureFile)}; replace the text and the figure, then run sitegen build.");
        }

        return CommandRunner.Ok;
    }
}
