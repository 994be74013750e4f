namespace SiteGen.Typesetting.Model;

/// <summary>Everything the engine needs to set one PDF: metadata and a flow of blocks.</summary>
public sealed record TypesetDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks);
