using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Ingest;

/// <summary>Reads one report: front matter, Markdown body, ids, content checks. Markdig stays in here.</summary>
public static class ReportParser
{
    private static readonly string[] FolderNamedFiles = ["index.md", "report.md"];

    /// <param name="today">The build's clock (far-future date warning only); null checks no such thing.</param>
    public static Report? Parse(string relativePath, string text, string inputDirectory, SiteSettings site, DiagnosticBag diagnostics, DateOnly? today = null)
    {
        if (Input.PortableNames.Problem(relativePath) is { } unportable)
        {
            diagnostics.Error(DiagnosticCodes.UnportableFileName,
                Messages.ReportUnportable.With(unportable), SourceLocation.FileOnly(relativePath));
        }

        var section = FrontMatterSplitter.Split(text, relativePath, diagnostics);
        if (section is null)
        {
            return null;
        }

        var metadata = FrontMatterReader.Read(section, relativePath, DefaultSlug(relativePath), site.Language, diagnostics, today);
        var fullPath = Path.Combine(inputDirectory, relativePath);
        var scope = new ConversionScope(relativePath, section.BodyFirstLine, inputDirectory,
            Path.GetDirectoryName(fullPath) ?? inputDirectory, site.NormalizePunctuation, diagnostics, Html.HtmlLanguage.For(metadata?.Lang ?? site.Language));
        var document = NestingLimit.Parse(section.Body, scope);
        if (document is null)
        {
            return null;
        }

        foreach (var id in PageIds.Reserved)
        {
            scope.Ids.Reserve(id);
        }

        ReserveExplicitIds(document, scope);
        var headingIds = HeadingIds.Plan(document, scope);
        var footnotes = new FootnoteRegistry(scope.Ids);
        var converter = new BlockConverter(scope, footnotes, LevelShift(document), headingIds);
        var blocks = converter.ConvertAll(document);
        var notes = converter.ConvertFootnotes(document.OfType<FootnoteGroup>().FirstOrDefault());
        ContentChecks.Run(document, blocks, scope);
        FootnoteChecks.Run(document, section.Body, scope);
        PastedIndent.Report(scope);
        if (metadata is null)
        {
            return null;
        }

        return new Report
        {
            SourcePath = relativePath,
            SourceText = text,
            Metadata = site.NormalizePunctuation ? NormalizeMetadata(metadata) : metadata,
            Blocks = blocks,
            Footnotes = notes,
            ImagePaths = [.. scope.Images],
            Attachments = [.. scope.Attachments],
        };
    }

    /// <summary>Front-matter text is shown in every format, so it gets the same punctuation rule as the body.</summary>
    private static ReportMetadata NormalizeMetadata(ReportMetadata m)
    {
        static string? N(string? s) => s is null ? null : PunctuationNormalizer.Normalize(s);
        return m with
        {
            Title = N(m.Title)!,
            Subtitle = N(m.Subtitle),
            Kicker = N(m.Kicker),
            Organization = N(m.Organization),
            Description = N(m.Description),
            Rights = N(m.Rights),
            Revisions = [.. m.Revisions.Select(r => r with { Note = N(r.Note)! })],
        };
    }

    /// <summary>The file name without extension, or the folder's name for index.md and report.md.</summary>
    public static string DefaultSlug(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        var folder = Path.GetFileName(Path.GetDirectoryName(relativePath) ?? "");
        return FolderNamedFiles.Contains(name, StringComparer.OrdinalIgnoreCase) && folder.Length > 0
            ? folder
            : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>The title is the page's only h1, so the body's top heading level becomes h2.</summary>
    private static int LevelShift(MarkdownDocument document)
    {
        var levels = document.Descendants<Markdig.Syntax.HeadingBlock>().Select(h => h.Level).ToList();
        return levels.Count == 0 ? 0 : 2 - levels.Min();
    }

    private static void ReserveExplicitIds(MarkdownDocument document, ConversionScope scope)
    {
        foreach (var block in document.Descendants<Markdig.Syntax.Block>())
        {
            var id = block.TryGetAttributes()?.Id;
            if (id is not null && PageIds.Reserved.Contains(id))
            {
                scope.Diagnostics.Error(DiagnosticCodes.DuplicateId,
                    Messages.IdOfThePage.With(id),
                    scope.At(block.Line, block.Column));
            }
            else if (id is not null && !scope.Ids.Reserve(id))
            {
                scope.Diagnostics.Error(DiagnosticCodes.DuplicateId,
                    Messages.IdUsedTwice.With(id),
                    scope.At(block.Line, block.Column));
            }
        }
    }
}
