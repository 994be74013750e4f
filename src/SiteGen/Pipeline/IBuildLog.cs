namespace SiteGen.Pipeline;

/// <summary>Where the build reports progress: phases with counts and milliseconds.</summary>
public interface IBuildLog
{
    void Phase(string phase, string step, int count, TimeSpan elapsed);

    void Info(string message);

    void Verbose(string message);
}

public sealed class NullBuildLog : IBuildLog
{
    public static NullBuildLog Instance { get; } = new();

    public void Phase(string phase, string step, int count, TimeSpan elapsed) { }

    public void Info(string message) { }

    public void Verbose(string message) { }
}
