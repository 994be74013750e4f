namespace SiteGen.Pipeline;

/// <summary>
/// Which step is running and how many of its reports are done, for the progress line on a terminal.
/// The pipeline starts each step; a step (or the cache, on its behalf) advances once per report, from any thread.
/// </summary>
public sealed class BuildProgress(IBuildLog log)
{
    private string _phase = "";
    private string _step = "";
    private int _total;
    private int _done;

    public void Start(string phase, string step, int total)
    {
        _phase = phase;
        _step = step;
        _total = total;
        Interlocked.Exchange(ref _done, 0);
        log.Progress(phase, step, 0, total);
    }

    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        log.Progress(_phase, _step, Math.Min(done, _total), _total);
    }
}
