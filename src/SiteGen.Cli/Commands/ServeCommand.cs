using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using SiteGen.Cli.Serve;

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
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 8000 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535, e.g. --port 8000");
            }
        });
        var host = new Option<string>("--host") { Description = "Address to listen on; anything but loopback makes the preview visible to your network", DefaultValueFactory = _ => "127.0.0.1" };
        host.Validators.Add(r =>
        {
            if (ParseHost(r.GetValueOrDefault<string>() ?? "") is null)
            {
                r.AddError($"--host '{r.GetValueOrDefault<string>()}' is not an IP address; use 127.0.0.1 (the default), ::1, or 0.0.0.0 to listen on every interface");
            }
        });
        var command = new Command("serve", "Build, serve the output folder on 127.0.0.1, rebuild when input or templates change, and reload open pages")
        {
            input, output, templates, formats, port, host, quiet, verbose,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(templates), parsed.GetValue(formats),
            ParseHost(parsed.GetValue(host)!)!, parsed.GetValue(port), parsed.GetValue(quiet), parsed.GetValue(verbose)));
        return command;
    }

    private static int Run(string inputDir, string outputDir, string? templates, string[]? formats, IPAddress host, int port, bool quiet, bool verbose)
    {
        var options = CommonOptions.ToBuildOptions(inputDir, outputDir, templates).WithSwitches(formats, noCache: false) with { IncludeDrafts = true };
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
                Console.Error.WriteLine($"sitegen serve: could not listen on {host}:{port} ({e.Message}). Pick another port with --port N, or stop what is using it.");
                return CommandRunner.UsageError;
            }

            if (!IPAddress.IsLoopback(host))
            {
                Console.Error.WriteLine($"sitegen serve: listening on {host}, not loopback: anyone who can reach this machine can read the preview.");
            }

            Console.WriteLine($"Serving {outputDir} at {server.Address} — watching {inputDir}{(templates is null ? "" : " and " + templates)}. Press Ctrl-C to stop.");
            stop.Token.WaitHandle.WaitOne();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Console.WriteLine("Stopped.");
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
