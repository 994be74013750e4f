using System.Text;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Tells open pages to reload after each build, over Server-Sent Events at <see cref="EventsPath"/>.
/// The script that listens is added to HTML responses by the server only; built files never contain it.
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/__sitegen/events";
    public const string ScriptPath = "/__sitegen/live.js";
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";

    public const string Script =
        "(() => {\n" +
        "  const events = new EventSource('" + EventsPath + "');\n" +
        "  events.addEventListener('reload', () => location.reload());\n" +
        "})();\n";

    private TaskCompletionSource<int> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _build;

    /// <summary>A build finished (good or bad): every open page reloads.</summary>
    public void Notify()
    {
        var build = Interlocked.Increment(ref _build);
        Interlocked.Exchange(ref _next, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(build);
    }

    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Write(context, ": connected\n\n", linked.Token);
            while (!linked.IsCancellationRequested)
            {
                var build = await Volatile.Read(ref _next).Task.WaitAsync(linked.Token);
                await Write(context, $"event: reload\ndata: {build}\n\n", linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
    }

    private static async Task Write(HttpContext context, string text, CancellationToken token)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await context.Response.Body.FlushAsync(token);
    }
}
