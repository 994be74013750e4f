using System.Collections.Immutable;
using SiteGen.Model;
using MdFootnote = Markdig.Extensions.Footnotes.Footnote;

namespace SiteGen.Ingest;

/// <summary>Gives footnotes and their references ids ("fn-1", "fnref-1", "fnref-1-2") and remembers who cites whom.</summary>
internal sealed class FootnoteRegistry(IdGenerator ids)
{
    private readonly Dictionary<int, (string Id, List<string> Refs)> _notes = [];

    public FootnoteRefInline Reference(MdFootnote note)
    {
        var entry = Entry(note.Order);
        var refId = ids.Unique(entry.Refs.Count == 0 ? $"fnref-{note.Order}" : $"fnref-{note.Order}-{entry.Refs.Count + 1}");
        entry.Refs.Add(refId);
        return new FootnoteRefInline(note.Order, entry.Id, refId);
    }

    public string IdOf(int order) => Entry(order).Id;

    public ImmutableArray<string> RefsOf(int order) => [.. Entry(order).Refs];

    private (string Id, List<string> Refs) Entry(int order)
    {
        if (!_notes.TryGetValue(order, out var entry))
        {
            entry = (ids.Unique($"fn-{order}"), []);
            _notes[order] = entry;
        }

        return entry;
    }
}
