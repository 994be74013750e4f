namespace SiteGen.EndToEnd.Checkers;

/// <summary>
/// A [Fact] needing external checker programs. On a developer machine without them the test is
/// skipped with the install hint; under CI=true it is never skipped: it runs and fails with
/// <see cref="CheckerMissingException"/>, so a CI without the tools cannot look green.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(Tool tools)
    {
        Tools = tools;
        var missing = Checkers.Tools.Missing(tools);
        if (missing.Count > 0 && !Checkers.Tools.IsCi)
            Skip = $"{string.Join("; ", missing)} — {Checkers.Tools.InstallHint}";
    }

    public Tool Tools { get; }
}

/// <summary>The [Theory] counterpart of <see cref="ToolFactAttribute"/>.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(Tool tools)
    {
        Tools = tools;
        var missing = Checkers.Tools.Missing(tools);
        if (missing.Count > 0 && !Checkers.Tools.IsCi)
            Skip = $"{string.Join("; ", missing)} — {Checkers.Tools.InstallHint}";
    }

    public Tool Tools { get; }
}
