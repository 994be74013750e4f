using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// Parses and runs a command: usage errors exit 2, content errors 1, a fault of the machine (disk full,
/// read-only folder) 74, bugs 70, each as one line and never a stack trace. System.CommandLine's own exception
/// handler is off, or it would print the trace and exit 1 before these could run.
/// </summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 70;
    /// <summary>sysexits.h EX_IOERR: reading or writing a file failed for a reason outside the reports.</summary>
    public const int EnvironmentFault = 74;

    public static int Invoke(Command root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"sitegen: {ParseErrorText.Say(error.Message, Ui.Language)}");
            }

            Console.Error.WriteLine(Ui.Say(CliMessages.UsageHint.With()));
            return UsageError;
        }

        try
        {
            // Help and --version write to the configuration's Output: in Chinese, through HelpText's translation of
            // System.CommandLine's own headings (its zh-Hans resources need ICU, which this program runs without).
            var help = Ui.Language == MessageLanguage.Chinese ? new StringWriter() : null;
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            if (help is not null) configuration.Output = help;
            var exit = parsed.Invoke(configuration);
            if (help is not null) Console.Out.Write(HelpText.Translate(help.ToString()));
            return exit;
        }
        catch (UnsafeOutputFolderException e)
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.UnsafeOutput.With(e.Text)));
            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.FileFault.With(e.Message)));
            return EnvironmentFault;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(Ui.Say(CliMessages.InternalError.With(e.GetType().Name, e.Message)));
            if (Environment.GetEnvironmentVariable("SITEGEN_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return InternalError;
        }
    }
}
