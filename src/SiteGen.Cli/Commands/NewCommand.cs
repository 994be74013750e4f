using System.CommandLine;
using System.Globalization;
using SiteGen.Cli.New;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen new FOLDER`: a report that builds at once; `--site` a whole site around a first report.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = Ui.Say(CliMessages.HelpNewFolder.With()) };
        var title = new Option<string?>("--title") { Description = Ui.Say(CliMessages.HelpNewTitle.With()) };
        var date = new Option<string?>("--date") { Description = Ui.Say(CliMessages.HelpNewDate.With()) };
        var lang = new Option<string>("--lang") { Description = Ui.Say(CliMessages.HelpNewLang.With()), DefaultValueFactory = _ => "zh-CN" };
        var site = new Option<bool>("--site") { Description = Ui.Say(CliMessages.HelpNewSite.With()) };
        var command = new Command("new", Ui.Say(CliMessages.HelpNew.With()))
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
            Console.Error.WriteLine(Ui.Say(CliMessages.NewDateInvalid.With(dateText)));
            return CommandRunner.UsageError;
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(lang, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.NewLangInvalid.With(lang)));
            return CommandRunner.UsageError;
        }

        if (title is not null && (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl)))
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.NewTitleInvalid.With(title)));
            return CommandRunner.UsageError;
        }

        if (Starter.Refusal(folder) is { } refusal)
        {
            Console.Error.WriteLine(Ui.Say(refusal));
            return CommandRunner.UsageError;
        }

        if (site)
        {
            Starter.WriteSite(folder, title, date, lang);
            Console.WriteLine(Ui.Say(CliMessages.NewSiteStarted.With(folder, Path.Combine(folder, "input", "site.yml"), Path.Combine(folder, "input"), Path.Combine(folder, "output"))));
        }
        else
        {
            Starter.WriteReport(folder, title, date, lang);
            Console.WriteLine(Ui.Say(CliMessages.NewReportWritten.With(Path.Combine(folder, "report.md"), Path.Combine(folder, Starter.FigureFile))));
        }

        return CommandRunner.Ok;
    }
}
