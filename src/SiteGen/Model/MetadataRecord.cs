using System.Collections.Immutable;
using SiteGen.Site;

namespace SiteGen.Model;

/// <summary>
/// The one description of a report every format's metadata is derived from (page meta, JSON-LD, EPUB OPF, PDF
/// Info and XMP, bag-info.txt, dc.xml), so no two formats can disagree on who made it or who published it.
/// The README's "One metadata record" table says which field lands where.
/// </summary>
public sealed record MetadataRecord
{
    public required string Title { get; init; }
    /// <summary>The subtitle (dcterms:alternative, schema.org alternativeHeadline).</summary>
    public string? Alternative { get; init; }
    public string? Description { get; init; }

    /// <summary>The issuing body: the report's organization, else the site's publisher, else the site's title. Never a person who only reported it.</summary>
    public required string Creator { get; init; }

    /// <summary>The reporter or editor (front matter <c>author</c>): a contributor, never the creator.</summary>
    public ImmutableArray<string> Contributors { get; init; } = [];

    /// <summary>Who publishes the archive: the site's publisher, else the issuing body.</summary>
    public required string Publisher { get; init; }

    /// <summary>The report's own date (dcterms:issued).</summary>
    public required DateOnly Issued { get; init; }

    /// <summary>The latest revision's date, or <see cref="Issued"/> (dcterms:modified).</summary>
    public required DateOnly Modified { get; init; }

    public ImmutableArray<Revision> Revisions { get; init; } = [];

    /// <summary>The corrections as every format shows them, newest first, in the report's language.</summary>
    public ImmutableArray<RevisionNote> RevisionNotes { get; init; } = [];
    public required string Language { get; init; }

    /// <summary>Keywords, each its own value: never joined into one string a catalogue cannot split.</summary>
    public ImmutableArray<string> Subjects { get; init; } = [];

    /// <summary>urn:uuid of the report's URL: depends on base_url and the slug only.</summary>
    public required string Identifier { get; init; }

    /// <summary>The report's page on the published site.</summary>
    public required string Url { get; init; }

    /// <summary>Rights statement: the report's, else the site's.</summary>
    public string? Rights { get; init; }

    /// <summary>Licence URL: the report's, else the site's.</summary>
    public string? License { get; init; }

    /// <summary>The collection the report belongs to (dcterms:isPartOf): the site's home URL.</summary>
    public required string IsPartOf { get; init; }

    public Disclosure Disclosure { get; init; } = Disclosure.None;

    /// <summary>
    /// Made by a preview build: <see cref="Identifier"/>, <see cref="Url"/> and <see cref="IsPartOf"/> come from a
    /// local address. Every format that carries them says so (bag-info "Preview: yes", a note in the EPUB, PDF and
    /// dc.xml), so a portal never ingests a preview as the publication.
    /// </summary>
    public bool Preview { get; init; }

    /// <summary>A preview's note in the report's language ("预览版，不可发布：…"), null for a publication.</summary>
    public string? PreviewNote => Preview ? Html.HtmlLanguage.For(Language).Preview : null;

    public static MetadataRecord Of(Report report, SiteSettings site) => Of(report.Metadata, site);

    public static MetadataRecord Of(ReportMetadata m, SiteSettings site)
    {
        var creator = FirstOf(m.Organization, site.Publisher) ?? site.Title;
        return new MetadataRecord
        {
            Title = m.Title,
            Alternative = Blank(m.Subtitle),
            Description = Blank(m.Description),
            Creator = creator,
            Contributors = Blank(m.Author) is { } author && author != creator ? [author] : [],
            Publisher = FirstOf(site.Publisher) ?? creator,
            Issued = m.Date,
            Modified = m.Modified,
            Revisions = m.Revisions,
            RevisionNotes = RevisionNote.ListOf(m),
            Language = m.Lang,
            Subjects = m.Keywords,
            Identifier = ReportIdentifier.UrnOf(site, m.Slug),
            Url = ReportIdentifier.UrlOf(site, m.Slug),
            Rights = FirstOf(m.Rights, site.Rights),
            License = FirstOf(m.License, site.License),
            IsPartOf = ReportIdentifier.BaseOf(site),
            Disclosure = m.Disclosure,
            Preview = site.Preview,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? FirstOf(params string?[] values) => values.Select(Blank).FirstOrDefault(v => v is not null);
}
