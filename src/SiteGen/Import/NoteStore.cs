using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Footnotes and endnotes, numbered in the order the text refers to them (a report has one kind of note, so
/// endnotes become footnotes too); their text is converted after the body, by the same paragraph converter.
/// </summary>
internal sealed class NoteStore(MainDocumentPart main)
{
    private readonly List<(OpenXmlPart Part, OpenXmlCompositeElement Note, string Label, int Paragraph)> _notes = [];
    private readonly Dictionary<(bool, long), string> _labels = [];

    public IReadOnlyList<(OpenXmlPart Part, OpenXmlCompositeElement Note, string Label, int Paragraph)> Notes => _notes;

    /// <summary>The label to write as [^label], or null when the document has no such note.</summary>
    public string? Reference(bool endnote, long id, int paragraph)
    {
        if (_labels.TryGetValue((endnote, id), out var label))
        {
            return label;
        }

        OpenXmlCompositeElement? note = endnote
            ? main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(n => n.Id?.Value == id)
            : main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(n => n.Id?.Value == id);
        OpenXmlPart? part = endnote ? main.EndnotesPart : main.FootnotesPart;
        if (note is null || part is null)
        {
            return null;
        }

        label = (_notes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _labels[(endnote, id)] = label;
        _notes.Add((part, note, label, paragraph));
        return label;
    }
}
