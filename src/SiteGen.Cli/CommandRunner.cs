using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Parses and runs a command: usage errors exit 2, content errors 1, bugs 70 without a stack trace.</summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 70;

    public static int Invoke(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"sitegen: {error.Message}");
            }

            Console.Error.WriteLine("Run 'sitegen --help' for usage.");
            return UsageError;
        }

        try
        {
            return parsed.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitegen: could not read or write a file: {e.Message}");
            return ContentErrors;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"sitegen: internal error ({e.GetType().Name}: {e.Message}). This is a bug in SiteGen, not in your report; the previous output is unchanged.");
            if (Environment.GetEnvironmentVariable("SITEGEN_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return InternalError;
        }
    }
}
