using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Input;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// Decides, once, what a link to a local file is: an attachment the site and the bag carry (its href becomes
/// the file's published place), or an error at the link when the file is missing, hidden, outside the input
/// folder, of a kind SiteGen does not publish, too large, or named so that bag tools would read it differently.
/// Links to Markdown files are other reports' pages and are left to the cross-report check.
/// </summary>
internal static class AttachmentResolver
{
    /// <summary>The link as it should be made; a refused one is returned as written, its error already reported (the build stops).</summary>
    public static LinkInline Resolve(LinkInline link, SourceLocation at, ConversionScope scope)
    {
        var written = link.Href;
        var cut = written.IndexOfAny(['#', '?']);
        var pathPart = cut < 0 ? written : written[..cut];
        var fragment = cut >= 0 && written[cut] == '#' ? written[cut..] : "";
        var path = Uri.UnescapeDataString(pathPart);
        if (path.Length == 0 || path.EndsWith('/') || AttachmentTypes.IsMarkdown(path))
        {
            return link;
        }

        var shown = MessageText.Value(written);
        var full = Path.GetFullPath(Path.Combine(scope.ReportDirectory, path));
        var inputRoot = Path.GetFullPath(scope.InputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var inputPath = Path.GetRelativePath(scope.InputDirectory, full).Replace('\\', '/');
        if (!full.StartsWith(inputRoot, StringComparison.Ordinal))
        {
            scope.Diagnostics.Error(DiagnosticCodes.OutsideInput,
                Messages.LinkOutsideInput.With(shown), at);
            return link;
        }

        if (InputPaths.IsHidden(inputPath))
        {
            scope.Diagnostics.Error(DiagnosticCodes.OutsideInput,
                Messages.LinkToHidden.With(shown), at);
            return link;
        }

        if (!File.Exists(full))
        {
            scope.Diagnostics.Error(DiagnosticCodes.MissingAttachment,
                (Directory.Exists(full) ? Messages.AttachmentIsFolder : Messages.AttachmentNotFound).With(shown, inputPath), at);
            return link;
        }

        if (InputPaths.Refuse(full, scope.InputDirectory, Messages.AttachmentNamed.With(shown), at, scope.Diagnostics) is not null)
        {
            return link;
        }

        if (PortableNames.Problem(inputPath) is { } problem)
        {
            scope.Diagnostics.Error(DiagnosticCodes.UnportableFileName,
                Messages.AttachmentUnportable.With(shown, problem), at);
            return link;
        }

        if (AttachmentTypes.Of(path) is not { } type)
        {
            scope.Diagnostics.Error(DiagnosticCodes.AttachmentTypeRefused,
                Messages.AttachmentTypeRefused.With(shown, AttachmentTypes.Accepted),
                at);
            return link;
        }

        var size = new FileInfo(full).Length;
        if (size > AttachmentTypes.MaxBytes)
        {
            scope.Diagnostics.Error(DiagnosticCodes.AttachmentTooLarge,
                Messages.AttachmentTooLarge.With(shown, size / (1024 * 1024), AttachmentTypes.MaxBytes / (1024 * 1024)),
                at);
            return link;
        }

        var attachment = scope.Attach(inputPath, size, type, link.Children);
        return link with { Href = PublishedPaths.Href(attachment.SitePath) + fragment, Attachment = attachment };
    }

    /// <summary>The link text as the attachment's title, or the file's name when the link has none.</summary>
    public static string TitleOf(ImmutableArray<Inline> children, string inputPath)
    {
        var text = InlineText.Of(children).Trim();
        return text.Length > 0 ? text : Path.GetFileName(inputPath);
    }
}
