using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>What the converters of one report share: where it is, its ids, and the diagnostics sink.</summary>
internal sealed class ConversionScope(string file, int lineOffset, string inputDirectory, string reportDirectory, bool normalizePunctuation, DiagnosticBag diagnostics,
    Html.HtmlLanguage? language = null)
{
    /// <summary>The report's language, which decides how its emphasis is marked (dots or italic).</summary>
    public Html.HtmlLanguage Language { get; } = language ?? Html.HtmlLanguage.Chinese;
    public string File { get; } = file;
    public string InputDirectory { get; } = inputDirectory;
    public string ReportDirectory { get; } = reportDirectory;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public bool NormalizePunctuation { get; } = normalizePunctuation;
    public IdGenerator Ids { get; } = new();
    public SortedSet<string> Images { get; } = new(StringComparer.Ordinal);
    /// <summary>Indents pasted from Word or WeChat that were removed (see <see cref="PastedIndent"/>).</summary>
    public List<(SourceLocation At, string Spaces)> PastedIndents { get; } = [];

    /// <summary>The attachments found so far, in order of first link.</summary>
    public List<Attachment> Attachments { get; } = [];

    /// <summary>The attachment at <paramref name="inputPath"/>: the one already found, or a new one titled by this link.</summary>
    public Attachment Attach(string inputPath, long size, AttachmentType type, ImmutableArray<Inline> linkText)
    {
        if (Attachments.Find(a => a.InputPath == inputPath) is { } known)
        {
            return known;
        }

        var attachment = new Attachment(inputPath, PublishedPaths.Beside(File, inputPath), size, type, AttachmentResolver.TitleOf(linkText, inputPath));
        Attachments.Add(attachment);
        return attachment;
    }

    /// <summary>A scope like this one whose ids, images and diagnostics go nowhere, for a look ahead.</summary>
    public ConversionScope Scratch() =>
        new(File, 0, InputDirectory, ReportDirectory, NormalizePunctuation, new DiagnosticBag(), Language);

    /// <summary>Markdig counts lines from 0 within the body; diagnostics count from 1 within the file.</summary>
    public SourceLocation At(int line, int column) => new(File, line + lineOffset, column + 1);
}
