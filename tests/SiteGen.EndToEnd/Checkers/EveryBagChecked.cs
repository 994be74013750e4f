using System.Runtime.CompilerServices;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>
/// Every bag this suite builds is checked independently: builds in this process through SiteGen's hook, builds
/// by the `sitegen` command through <see cref="AfterCli"/>, which the process runners call.
/// </summary>
internal static class EveryBagChecked
{
    [ModuleInitializer]
    internal static void Install() => SiteBuilder.Written = IndependentBagCheck.CheckAll;

    /// <summary>After a `sitegen build` that succeeded: the bags in its output folder (--output/-o, default "output").</summary>
    public static void AfterCli(string workingDirectory, IReadOnlyList<string> args, int exitCode)
    {
        if (exitCode != 0 || args.Count == 0 || args[0] != "build")
        {
            return;
        }

        var at = args.ToList().FindIndex(a => a is "--output" or "-o");
        var output = at >= 0 && at + 1 < args.Count ? args[at + 1] : "output";
        IndependentBagCheck.CheckAll(Path.Combine(workingDirectory, output));
    }
}
