namespace SiteGen.Diagnostics;

/// <summary>A mistake in the user's content or settings, reported with its place; never an exception.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>
    /// The PDF editions a layout problem was found in ("screen", or "screen, print, large-print" once merged), so
    /// one problem seen by three editions is printed once; null for problems of the report itself.
    /// </summary>
    public string? Editions { get; init; }

    public override string ToString() =>
        // Text from the user's files is escaped here, once, so no message sends control characters to a terminal.
        MessageText.Clean($"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}{(Editions is null ? "" : $" ({Editions} PDF)")}");
}
