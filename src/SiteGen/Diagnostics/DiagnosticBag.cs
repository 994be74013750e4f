using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from parallel steps; reads back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, Message message, SourceLocation location) =>
        Add(new Diagnostic(Severity.Error, code, message, location));

    public void Warning(string code, Message message, SourceLocation location) =>
        Add(new Diagnostic(Severity.Warning, code, message, location));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Each problem once: the same code, place and message from three PDF editions is one diagnostic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.GroupBy(d => d with { Editions = null })
            .Select(group => group.Key with { Editions = MergedEditions(group) })
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    private static readonly string[] EditionOrder = ["screen", "print", "large-print"];

    /// <summary>Null when the problem was also found outside any edition; otherwise the editions in their usual order.</summary>
    private static string? MergedEditions(IEnumerable<Diagnostic> group)
    {
        var editions = group.Select(d => d.Editions).ToList();
        if (editions.Any(e => e is null)) return null;
        var names = editions.SelectMany(e => e!.Split(", ")).Distinct(StringComparer.Ordinal)
            .OrderBy(name => Array.IndexOf(EditionOrder, name) is var i && i >= 0 ? i : EditionOrder.Length)
            .ThenBy(name => name, StringComparer.Ordinal);
        return string.Join(", ", names);
    }
}
