namespace SiteGen.Typesetting.Layout;

/// <summary>A page reference as one pass set it: the target anchor, the number printed (null: pass-one stand-in), where.</summary>
internal sealed record PageReferenceSet(string Anchor, int? Page, string Source);
