namespace SiteGen.Typesetting.Model;

public enum Severity { Warning, Error }

/// <summary>A content problem found while typesetting, with the block's source location.</summary>
public sealed record TypesetDiagnostic(Severity Severity, string Code, string Message, string Source)
{
    public TypesetProblem Problem { get; init; }

    /// <summary>The values <see cref="Message"/> quotes, in the order of <see cref="Problem"/>'s wording, numbers written invariantly.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    public override string ToString() => $"{Source}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>The PDF bytes (empty when errors stopped the build), pages, where each anchor landed, diagnostics.</summary>
public sealed record TypesetResult(
    byte[] Pdf,
    int PageCount,
    IReadOnlyDictionary<string, int> AnchorPages,
    IReadOnlyList<TypesetDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
