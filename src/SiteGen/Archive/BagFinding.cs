using SiteGen.Diagnostics;

namespace SiteGen.Archive;

/// <summary>One thing wrong with a bag; <see cref="Path"/> is relative to the bag's folder when a file is at fault.</summary>
public sealed record BagFinding(string? Path, Message Text)
{
    /// <summary>The finding in English: for logs and tests.</summary>
    public string Message => Text.ToString();

    /// <summary>"path: what is wrong", worded in <paramref name="language"/>.</summary>
    public string Format(MessageLanguage language) =>
        Path is null ? Text.Render(language) : Messages.BagFindingAt.With(Path, Text).Render(language);

    public override string ToString() => Format(MessageLanguage.English);
}
