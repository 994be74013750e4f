using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// The notes section: an ordered list whose items carry the note ids, each ending in one back-link per
/// reference (inside the last paragraph when there is one, so it reads as part of the note).
/// </summary>
internal static class FootnotesRenderer
{
    public const string HeadingId = PageIds.Footnotes;

    public static void Write(BodyRenderer renderer, ImmutableArray<Footnote> footnotes)
    {
        if (footnotes.IsEmpty)
        {
            return;
        }

        var output = renderer.Out;
        output.Start("section", ("class", "footnotes"), ("aria-labelledby", HeadingId)).Line();
        output.Start("h2", ("id", HeadingId)).Text(renderer.Language.Footnotes).End("h2").Line();
        var first = footnotes[0].Number;
        output.Start("ol", ("start", first == 1 ? null : first.ToString(System.Globalization.CultureInfo.InvariantCulture))).Line();
        foreach (var note in footnotes)
        {
            // No role="doc-endnote": DPUB-ARIA 1.1 deprecates it; the list item in a labelled section says enough.
            output.Start("li", ("id", note.Id));
            if (note.Blocks.LastOrDefault() is ParagraphBlock)
            {
                var lastIndex = note.Blocks.Length - 1;
                renderer.WriteBlocks(note.Blocks.RemoveAt(lastIndex));
                renderer.ParagraphTrailer = r => WriteBackLinks(r, note);
                renderer.WriteBlocks([note.Blocks[lastIndex]]);
            }
            else
            {
                renderer.WriteBlocks(note.Blocks);
                WriteBackLinks(renderer, note);
            }

            output.End("li").Line();
        }

        output.End("ol").Line().End("section").Line();
    }

    private static void WriteBackLinks(BodyRenderer renderer, Footnote note)
    {
        for (var i = 0; i < note.RefIds.Length; i++)
        {
            var label = renderer.Language.BackToReference(note.Number, i + 1, note.RefIds.Length);
            renderer.Out.Start("a", ("class", "backref"), ("href", "#" + note.RefIds[i]), ("role", "doc-backlink"),
                ("aria-label", label)).Text("↩\uFE0E").End("a");
        }
    }
}
