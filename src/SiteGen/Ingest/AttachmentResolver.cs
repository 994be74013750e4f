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
                $"the link to '{shown}' leads outside the input folder, which SiteGen never reads; copy the file beside the report", at);
            return link;
        }

        if (InputPaths.IsHidden(inputPath))
        {
            scope.Diagnostics.Error(DiagnosticCodes.OutsideInput,
                $"the link to '{shown}' leads into a hidden file or folder (a name starting with '.'), which SiteGen never publishes; move the file out of there", at);
            return link;
        }

        if (!File.Exists(full))
        {
            var what = Directory.Exists(full) ? "is a folder, not a file" : "was not found";
            scope.Diagnostics.Error(DiagnosticCodes.MissingAttachment,
                $"the attachment '{shown}' {what} (looked for {inputPath} in the input folder); put the file beside the report or fix the link", at);
            return link;
        }

        if (InputPaths.Refuse(full, scope.InputDirectory, $"the attachment '{shown}'", at, scope.Diagnostics) is not null)
        {
            return link;
        }

        if (PortableNames.Problem(inputPath) is { } problem)
        {
            scope.Diagnostics.Error(DiagnosticCodes.UnportableFileName,
                $"the attachment '{shown}' cannot go into the bag as named: its path {problem}; rename the file and the link", at);
            return link;
        }

        if (AttachmentTypes.Of(path) is not { } type)
        {
            scope.Diagnostics.Error(DiagnosticCodes.AttachmentTypeRefused,
                $"the attachment '{shown}' is not a kind of file SiteGen publishes ({AttachmentTypes.Accepted}); a page, script or program could run on the site: convert it, e.g. to PDF",
                at);
            return link;
        }

        var size = new FileInfo(full).Length;
        if (size > AttachmentTypes.MaxBytes)
        {
            scope.Diagnostics.Error(DiagnosticCodes.AttachmentTooLarge,
                $"the attachment '{shown}' is {size / (1024 * 1024)} MiB, more than the {AttachmentTypes.MaxBytes / (1024 * 1024)} MiB SiteGen publishes beside a report; compress it or split it",
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
