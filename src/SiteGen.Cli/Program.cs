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
        var root = new Command("sitegen", "SiteGen publishes reports written in Markdown as an accessible, multi-format archive.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            ServeCommand.Create(),
            VerifyCommand.Create(),
            NewCommand.Create(),
            ImportCommand.Create(),
            new HelpOption(),
            VersionInfo.Option(),
        };
        return CommandRunner.Invoke(root, args);
    }
}
