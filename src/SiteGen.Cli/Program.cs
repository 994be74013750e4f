using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("SiteGen publishes reports written in Markdown as an accessible, multi-format archive.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            ServeCommand.Create(),
            VerifyCommand.Create(),
        };
        return CommandRunner.Invoke(root, args);
    }
}
