namespace SiteGen.Diagnostics;

/// <summary>A mistake in the user's content or settings, reported with its place; never an exception.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public override string ToString() =>
        // Text from the user's files is escaped here, once, so no message sends control characters to a terminal.
        MessageText.Clean($"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}");
}
