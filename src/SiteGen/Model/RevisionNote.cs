using System.Collections.Immutable;
using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// One correction as every format shows it, in the report's language: "修订于2021年3月1日" then "：" and the note.
/// Decided here once, so the page, the EPUB and each PDF edition say the same words in the same order.
/// </summary>
/// <param name="DateIso">The correction's day, yyyy-mm-dd (for a time element).</param>
/// <param name="Label">"修订于2021年3月1日", "Revised 1 March 2021".</param>
/// <param name="Colon">Between the label and the note: "：" in Chinese, ": " otherwise.</param>
/// <param name="Note">What changed, as written.</param>
public sealed record RevisionNote(string DateIso, string Label, string Colon, string Note)
{
    public string Text => Label + Colon + Note;

    /// <summary>The report's corrections, newest first (the order the page has always shown them in).</summary>
    public static ImmutableArray<RevisionNote> ListOf(ReportMetadata metadata)
    {
        var language = Html.HtmlLanguage.For(metadata.Lang);
        return [.. Enumerable.Reverse(metadata.Revisions).Select(r => new RevisionNote(
            r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), language.RevisedOn(language.Date(r.Date)), language.NoteColon, r.Note))];
    }
}
