using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen serve`: build, serve the output on loopback, rebuild on change, reload open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var templates = CommonOptions.Templates();
        var formats = CommonOptions.Formats();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var port = new Option<int>("--port", "-p") { Description = Ui.Say(CliMessages.HelpPort.With()), DefaultValueFactory = _ => 8000 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError(Ui.Say(CliMessages.PortInvalid.With()));
            }
        });
        var host = new Option<string>("--host") { Description = Ui.Say(CliMessages.HelpHost.With()), DefaultValueFactory = _ => "127.0.0.1" };
        host.Validators.Add(r =>
        {
            if (ParseHost(r.GetValueOrDefault<string>() ?? "") is null)
            {
                r.AddError(Ui.Say(CliMessages.HostInvalid.With(r.GetValueOrDefault<string>() ?? "")));
            }
        });
        var command = new Command("serve", Ui.Say(CliMessages.HelpServe.With()))
        {
            input, output, templates, formats, port, host, quiet, verbose, CommonOptions.Lang(),
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(templates), parsed.GetValue(formats),
            ParseHost(parsed.GetValue(host)!)!, parsed.GetValue(port), parsed.GetValue(quiet), parsed.GetValue(verbose)));
        return command;
    }

    private static int Run(string inputDir, string outputDir, string? templates, string[]? formats, IPAddress host, int port, bool quiet, bool verbose)
    {
        var options = CommonOptions.ToBuildOptions(inputDir, outputDir, templates).WithSwitches(formats, noCache: false) with
        {
            IncludeDrafts = true,
            // A preview, always: its links and identifiers are made from the address it is served at.
            Preview = true,
            PreviewBaseUrl = port == 0 ? BuildOptions.DefaultPreviewBaseUrl : $"http://localhost:{port}/",
        };
        var log = new ServeLog(new ConsoleBuildLog(quiet, verbose), inputDir);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var server = new PreviewServer(options, inputDir, log, log.Built, crashed: log.Crashed);
            try
            {
                server.StartAsync(host, port, anyHost: !IPAddress.IsLoopback(host)).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine(Ui.Say(CliMessages.ServeCannotListen.With($"{host}:{port}", e.Message)));
                return CommandRunner.UsageError;
            }

            if (!IPAddress.IsLoopback(host))
            {
                Console.Error.WriteLine(Ui.Say(CliMessages.ServeNotLoopback.With(host.ToString())));
            }

            var watched = templates is null ? SiteGen.Diagnostics.Messages.Name.With(inputDir) : CliMessages.WatchingBoth.With(inputDir, templates);
            Console.WriteLine(Ui.Say(CliMessages.Serving.With(outputDir, $"{server.Address}", watched)));
            stop.Token.WaitHandle.WaitOne();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Console.WriteLine(Ui.Say(CliMessages.Stopped.With()));
            return CommandRunner.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static IPAddress? ParseHost(string text) =>
        text == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(text, out var address) ? address : null;
}
