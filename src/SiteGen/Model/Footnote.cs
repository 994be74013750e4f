using System.Collections.Immutable;

namespace SiteGen.Model;

/// <summary>A footnote; <see cref="RefIds"/> are the ids of the references pointing at it, for back-links.</summary>
public sealed record Footnote(int Number, string Id, ImmutableArray<string> RefIds, ImmutableArray<Block> Blocks);
