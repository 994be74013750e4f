using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace SiteGen.Cli;

/// <summary>`sitegen --version`: "sitegen 1.0.0 (commit abc1234)", naming the command as users type it.</summary>
internal static class VersionInfo
{
    public static string Text
    {
        get
        {
            var informational = typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            var version = plus < 0 ? informational : informational[..plus];
            var commit = plus < 0 ? "" : informational[(plus + 1)..];
            return commit.Length == 0 ? $"sitegen {version}" : $"sitegen {version} (commit {commit[..Math.Min(12, commit.Length)]})";
        }
    }

    public static VersionOption Option() => new() { Action = new PrintVersion(), Description = Ui.Say(CliMessages.HelpVersion.With()) };

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Text);
            return 0;
        }
    }
}
