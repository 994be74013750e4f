using SiteGen.Cli;

namespace SiteGen.EndToEnd.Cli;

/// <summary>Progress: one redrawn line on a terminal, plain lines (slow steps only) in CI or when redirected.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleBuildLogTests
{
    [Fact]
    public void On_a_terminal_progress_redraws_one_line_and_clears_it_before_other_output()
    {
        var (output, errors) = Capture(() =>
        {
            var log = new ConsoleBuildLog(quiet: false, verbose: false, interactive: true);
            log.Progress("render", "TypesetPdf", 0, 3);
            log.Progress("render", "TypesetPdf", 3, 3);
            log.Info("Built 3 reports");
        });

        Assert.Contains("\r\u001b[2Krender TypesetPdf 0/3 reports", errors);
        Assert.Contains("\r\u001b[2Krender TypesetPdf 3/3 reports", errors);
        Assert.EndsWith("\r\u001b[2K", errors);
        Assert.Equal("Built 3 reports" + Environment.NewLine, output);
    }

    [Fact]
    public void When_redirected_there_is_no_progress_line_and_slow_steps_get_a_plain_line()
    {
        var (output, errors) = Capture(() =>
        {
            var log = new ConsoleBuildLog(quiet: false, verbose: false, interactive: false);
            log.Progress("render", "TypesetPdf", 1, 3);
            log.Phase("render", "WriteEpub", 3, TimeSpan.FromMilliseconds(40));
            log.Phase("render", "TypesetPdf", 3, TimeSpan.FromSeconds(4.2));
        });

        Assert.Equal("", errors);
        Assert.Equal("render TypesetPdf: 3 reports in 4.2 s" + Environment.NewLine, output);
    }

    [Fact]
    public void Quiet_prints_no_progress_and_no_information()
    {
        var (output, errors) = Capture(() =>
        {
            var log = new ConsoleBuildLog(quiet: true, verbose: false, interactive: true);
            log.Progress("render", "TypesetPdf", 1, 3);
            log.Info("Built 3 reports");
        });

        Assert.Equal("", output + errors);
    }

    private static (string Output, string Errors) Capture(Action action)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }

        return (output.ToString(), errors.ToString());
    }
}

/// <summary>Tests that swap Console.Out and Console.Error must not run beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
