namespace SiteGen.Typesetting.Model;

/// <summary>Inline content of a paragraph, heading, cell or caption.</summary>
public abstract record Run;

/// <summary>
/// Plain text. <paramref name="Emphasis"/> draws emphasis dots (着重号) under it; <paramref name="Italic"/> sets it in the
/// edition's italic faces. Which of the two an emphasis gets is the report's decision (Han: dots, Latin: italic), not
/// the engine's. <paramref name="Code"/>: inline code, set in the monospace faces.
/// </summary>
public sealed record TextRun(string Text, bool Bold = false, bool Emphasis = false, bool Italic = false, bool Code = false) : Run;

/// <summary>A hard line break (Markdown's trailing backslash or two spaces): the next text starts a new line.</summary>
public sealed record LineBreakRun : Run;

/// <summary>A link to an external <paramref name="Uri"/> or to an anchor id inside the document.</summary>
public sealed record LinkRun(IReadOnlyList<TextRun> Content, string? Uri, string? Anchor) : Run;

/// <summary>
/// A footnote mark; <paramref name="Content"/> is set at the foot of the page that cites it.
/// <paramref name="AnchorId"/> names the note, so links (and page references) can point at it.
/// </summary>
public sealed record FootnoteRun(string Label, IReadOnlyList<Run> Content, string? AnchorId = null) : Run;
