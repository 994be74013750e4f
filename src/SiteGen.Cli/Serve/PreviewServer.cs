using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Serve;

/// <summary>
/// `sitegen serve`: Kestrel serving the output folder, with live reload and an error overlay added to
/// HTML responses, rebuilding when the input changes. Stopped by <see cref="StopAsync"/> (the command
/// calls it on Ctrl-C or SIGTERM). Answers loopback Host names only unless it listens beyond loopback,
/// streams files from disk (only HTML pages, which get the overlay, are read whole), and never names a
/// folder of the machine in a response.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly string _inputAsTyped;
    private readonly OutputFiles _files;
    private readonly LiveReload _reload = new();
    private readonly Rebuilder _rebuilder;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private bool _anyHost;

    /// <summary>Pages bigger than this are sent as built, without the reload script, rather than read whole.</summary>
    private const long MaxInjectedPage = 16L << 20;

    /// <param name="build">How to build; tests pass a pipeline with extra steps.</param>
    public PreviewServer(BuildOptions options, string inputAsTyped, IBuildLog log, Action<BuildResult>? built = null,
        Func<BuildOptions, IBuildLog, BuildResult>? build = null, Action<string>? crashed = null)
    {
        // What serve shows is a preview, whoever starts it: local addresses, marked in every file (SiteSettings.Preview).
        options = options with { Preview = true };
        _options = options;
        _inputAsTyped = inputAsTyped;
        _files = new OutputFiles(options.OutputDirectory);
        _rebuilder = new Rebuilder(options, log, result =>
        {
            built?.Invoke(result);
            _reload.Notify();
        }, message =>
        {
            crashed?.Invoke(message);
            _reload.Notify();
        }, build);
    }

    /// <summary>The address it listens on, e.g. http://127.0.0.1:8000/ (known after <see cref="StartAsync"/>).</summary>
    public Uri? Address { get; private set; }

    public BuildResult? LastBuild => _rebuilder.Last;

    /// <summary>Builds once, starts listening, then watches for changes.</summary>
    /// <param name="anyHost">Accept any Host header (the command sets it when listening beyond loopback).</param>
    public async Task StartAsync(IPAddress host, int port, bool anyHost = false)
    {
        _anyHost = anyHost;
        await _rebuilder.BuildAsync();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(host, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var bound = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        _rebuilder.Watch();
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        _rebuilder.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(TimeSpan.FromSeconds(5));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        ResponseHeaders.Common(context.Response);
        switch (HostCheck.Of(request.Host, _anyHost))
        {
            case HostCheck.Verdict.Missing:
                await SendText(context, StatusCodes.Status400BadRequest, Ui.Say(CliMessages.NoHost.With()));
                return;
            case HostCheck.Verdict.Misdirected:
                await SendText(context, StatusCodes.Status421MisdirectedRequest,
                    Ui.Say(CliMessages.WrongHost.With()));
                return;
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case LiveReload.EventsPath:
                await _reload.StreamAsync(context, _stopping.Token);
                return;
            case LiveReload.ScriptPath:
                await Send(context, "text/javascript; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case ErrorOverlay.StylePath:
                await Send(context, "text/css; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ErrorOverlay.Style));
                return;
        }

        var (outcome, full) = _files.Resolve(path);
        if (outcome == OutputFiles.Outcome.NotFound && _rebuilder.IsBuilding)
        {
            // The output folder is swapped at the end of a build; ask again once it is in place.
            await _rebuilder.IdleAsync(context.RequestAborted);
            (outcome, full) = _files.Resolve(path);
        }

        switch (outcome)
        {
            case OutputFiles.Outcome.BadRequest:
                await SendText(context, StatusCodes.Status400BadRequest, Ui.Say(CliMessages.PathNotAllowed.With()));
                return;
            case OutputFiles.Outcome.RedirectToFolder:
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = path + "/" + request.QueryString;
                return;
            case OutputFiles.Outcome.NotFound:
                await SendNotFound(context, path);
                return;
        }

        try
        {
            await SendFile(context, full!);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            await SendNotFound(context, path);
        }
    }

    /// <summary>
    /// A file of the output: HTML pages read whole to add the reload script and overlay; everything else
    /// streamed from one open handle (so a rebuild swapping the folder mid-send cannot mix two files).
    /// </summary>
    private async Task SendFile(HttpContext context, string full)
    {
        var type = ContentTypes.Of(full);
        await using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (ContentTypes.IsHtml(full) && file.Length <= MaxInjectedPage)
        {
            var page = new byte[file.Length];
            await file.ReadExactlyAsync(page, context.RequestAborted);
            await Send(context, type, ForPreview(page));
            return;
        }

        context.Response.ContentType = type;
        ResponseHeaders.ForType(context.Response, type);
        context.Response.ContentLength = file.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await file.CopyToAsync(context.Response.Body, 81920, context.RequestAborted);
        }
    }

    /// <summary>The page as the browser gets it: the built bytes plus the reload script and, after a failed or crashed build, the errors.</summary>
    private byte[] ForPreview(byte[] page) => ErrorOverlay.Inject(page, Overlay() + LiveReload.ScriptTag);

    /// <summary>The box for the latest build when it went wrong, else nothing.</summary>
    private string Overlay() =>
        _rebuilder.Crash is { } crash ? ErrorOverlay.Crash(crash, Ui.Language)
        : _rebuilder.Last is { Succeeded: false } last ? ErrorOverlay.Html(last.Diagnostics, _inputAsTyped, Ui.Language)
        : "";

    private async Task SendNotFound(HttpContext context, string path)
    {
        if (path == "/" && Overlay() is { Length: > 0 } box)
        {
            // No good build yet: the errors are the home page.
            await Send(context, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ErrorOverlay.Page(box, Ui.Language)));
            return;
        }

        // The request path only: a 404 never names a folder of this machine.
        await SendText(context, StatusCodes.Status404NotFound, Ui.Say(CliMessages.NotFound.With(path)));
    }

    private static async Task SendText(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        await Send(context, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static async Task Send(HttpContext context, string type, byte[] body)
    {
        context.Response.ContentType = type;
        ResponseHeaders.ForType(context.Response, type);
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>The command owns Ctrl-C and SIGTERM, so the host must not install its own handlers.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
