using System.CommandLine;
using System.CommandLine.Help;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        // A plain command named "sitegen" as the root, not RootCommand: RootCommand takes its name from the
        // assembly ("SiteGen.Cli"), and help must name the command users type.
        Ui.Choose(args);
        var root = new Command("sitegen", Ui.Say(CliMessages.RootDescription.With()))
        {
            CommonOptions.Lang(),
            BuildCommand.Create(),
            CheckCommand.Create(),
            ServeCommand.Create(),
            VerifyCommand.Create(),
            NewCommand.Create(),
            ImportCommand.Create(),
            new HelpOption { Description = Ui.Say(CliMessages.HelpHelp.With()) },
            VersionInfo.Option(),
        };
        return CommandRunner.Invoke(root, args);
    }
}
