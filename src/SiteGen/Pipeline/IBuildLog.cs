namespace SiteGen.Pipeline;

/// <summary>Where the build reports progress: phases with counts and milliseconds.</summary>
public interface IBuildLog
{
    void Phase(string phase, string step, int count, TimeSpan elapsed);

    void Info(string message);

    void Verbose(string message);

    /// <summary>Reports done of total in the running step; may be called from several threads at once.</summary>
    void Progress(string phase, string step, int done, int total) { }

    /// <summary>A work counter at the end of the build (see <see cref="BuildCounters"/>).</summary>
    void Counter(string name, int count, TimeSpan elapsed) { }
}

public sealed class NullBuildLog : IBuildLog
{
    public static NullBuildLog Instance { get; } = new();

    public void Phase(string phase, string step, int count, TimeSpan elapsed) { }

    public void Info(string message) { }

    public void Verbose(string message) { }
}
