namespace SiteGen.Diagnostics;

/// <summary>
/// A mistake in the user's content or settings, reported with its place; never an exception. Its text is a
/// catalogue <see cref="Diagnostics.Message"/>, put into words in the user's language only when printed.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, Message Text, SourceLocation Location)
{
    /// <summary>
    /// The PDF editions a layout problem was found in ("screen", or "screen, print, large-print" once merged), so
    /// one problem seen by three editions is printed once; null for problems of the report itself.
    /// </summary>
    public string? Editions { get; init; }

    /// <summary>The message in English: for logs, tests and ordering, never for choosing what to do.</summary>
    public string Message => Text.ToString();

    /// <summary>
    /// "file:line:col: error SG001: message", the words of the message in <paramref name="language"/>. "error",
    /// "warning" and the code stay as they are in every language, as compilers keep them, so editors and CI
    /// problem matchers read the line the same way.
    /// </summary>
    public string Format(MessageLanguage language)
    {
        var editions = Editions is null ? "" : Messages.InEditions.With(Editions).Render(language);
        // Text from the user's files is escaped here, once, so no message sends control characters to a terminal.
        return MessageText.Clean($"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Text.Render(language)}{editions}");
    }

    public override string ToString() => Format(MessageLanguage.English);
}
