using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// `sitegen import report.docx`: reads a Word document (from Word, WPS, LibreOffice or pandoc) into a new report
/// folder — report.md and the pictures — naming at its paragraph everything it could not carry as it was. The
/// folder is written beside the target under a temporary name and renamed into place when complete, so a crash
/// leaves either nothing or a whole report.
/// </summary>
public static partial class DocxImport
{
    public sealed record Result(bool Written, IReadOnlyList<Diagnostic> Diagnostics);

    /// <param name="displayName">How diagnostics name the document (the path as the user typed it).</param>
    public static Result Run(string docxPath, string outputFolder, string displayName)
    {
        var diagnostics = new DiagnosticBag();
        var place = new ImportPlace(displayName, diagnostics);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(docxPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableWordFile, Messages.ImportUnreadable.With(e.Message), SourceLocation.FileOnly(displayName));
            return new Result(false, diagnostics.Sorted());
        }

        using var memory = new MemoryStream(bytes, writable: false);
        Message? problem;
        try
        {
            problem = DocxPackageCheck.Problem(memory);
        }
        catch (InvalidDataException)
        {
            problem = Looks(bytes);
        }

        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableWordFile, Messages.ImportRefused.With(problem), SourceLocation.FileOnly(displayName));
            return new Result(false, diagnostics.Sorted());
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(outputFolder)) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(Path.GetFullPath(outputFolder))}.importing-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            memory.Position = 0;
            string markdown;
            try
            {
                using var document = WordprocessingDocument.Open(memory, isEditable: false);
                markdown = Convert(document, staging, place, Path.GetFileNameWithoutExtension(docxPath), Path.GetFileName(Path.GetFullPath(outputFolder)));
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
            {
                // The XML reader refuses any DTD (entities could expand without end or read local files); say so in
                // the office's words rather than pass on the runtime's advice to developers.
                var why = e is System.Xml.XmlException && e.Message.Contains("DTD", StringComparison.Ordinal)
                    ? Messages.ImportDtd.With()
                    : Messages.ImportNotWord.With(e.Message);
                diagnostics.Error(DiagnosticCodes.UnreadableWordFile, why, SourceLocation.FileOnly(displayName));
                Directory.Delete(staging, recursive: true);
                return new Result(false, diagnostics.Sorted());
            }

            File.WriteAllText(Path.Combine(staging, "report.md"), markdown);
            if (Directory.Exists(outputFolder))
            {
                Directory.Delete(outputFolder); // refused earlier unless empty
            }

            Directory.Move(staging, outputFolder);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return new Result(true, diagnostics.Sorted());
    }

    /// <summary>What is in the way of <paramref name="folder"/> becoming the new report folder.</summary>
    public enum Obstacle
    {
        None,
        IsFile,
        HoldsFiles,
    }

    /// <summary>Whether <paramref name="folder"/> can be the new report folder: new or empty, so nothing is overwritten.</summary>
    public static Obstacle ObstacleFor(string folder) =>
        File.Exists(folder) ? Obstacle.IsFile
        : Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() ? Obstacle.HoldsFiles
        : Obstacle.None;

    private static string Convert(WordprocessingDocument document, string folder, ImportPlace place, string fileStem, string folderName)
    {
        var converter = new DocxConverter(document, place, new ImageStore(folder));
        var blocks = converter.ReadBody();
        var notes = converter.ReadNotes();
        blocks = OfficialHeadings.Apply(blocks);
        blocks = Captions(blocks);
        var (front, body) = FrontMatterGuess.Find(blocks, document, fileStem, place);
        body = InternalLinks(body, converter, place);
        if (!SlugPattern().IsMatch(folderName))
        {
            front = front with { Slug = front.Date is { } date ? $"{date:yyyy-MM-dd}-report" : "imported-report" };
        }

        return ReportWriter.Write(front, body, notes);
    }

    /// <summary>A caption-styled paragraph right after a figure (or right before it, when none follows) is its caption.</summary>
    private static List<ImportBlock> Captions(List<ImportBlock> blocks)
    {
        var result = new List<ImportBlock>(blocks);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not FigureBlock figure)
            {
                continue;
            }

            var after = i + 1 < result.Count && result[i + 1] is ParagraphBlock { Role: ParagraphRole.Caption } next ? next : null;
            var before = after is null && i > 0 && result[i - 1] is ParagraphBlock { Role: ParagraphRole.Caption } previous ? previous : null;
            if ((after ?? before) is { } caption)
            {
                result[i] = figure with { CaptionMarkdown = DocxConverter.OneLine(caption.Markdown) };
                result.Remove(caption);
                if (before is not null)
                {
                    i--;
                }
            }
        }

        return result;
    }

    /// <summary>A link to a bookmark on a heading points at that heading; any other keeps its words only.</summary>
    private static List<ImportBlock> InternalLinks(List<ImportBlock> body, DocxConverter converter, ImportPlace place)
    {
        var result = new List<ImportBlock>(body);
        foreach (var (anchor, bookmark, text) in converter.InternalLinks)
        {
            var link = $"[{text}](#{anchor})";
            var target = converter.Bookmarks.TryGetValue(bookmark, out var block) ? result.IndexOf(block) : -1;
            var keep = target >= 0 && result[target] is ParagraphBlock { IsHeading: true };
            if (keep)
            {
                var heading = (ParagraphBlock)result[target];
                var id = heading.AnchorId ?? anchor;
                result[target] = heading with { AnchorId = id };
                converter.Bookmarks[bookmark] = (ParagraphBlock)result[target];
                Replace(result, $"(#{anchor})", $"(#{id})");
                continue;
            }

            place.Diagnostics.Warning(DiagnosticCodes.ImportContentLeftOut,
                Messages.ImportBookmarkLink.With(MessageText.Value(bookmark)), place.Location with { Line = 0 });
            Replace(result, link, text);
        }

        return result;
    }

    private static void Replace(List<ImportBlock> blocks, string from, string to)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock paragraph && (paragraph.Markdown.Contains(from, StringComparison.Ordinal) || paragraph.HeadingMarkdown.Contains(from, StringComparison.Ordinal)))
            {
                blocks[i] = paragraph with
                {
                    Markdown = paragraph.Markdown.Replace(from, to, StringComparison.Ordinal),
                    HeadingMarkdown = paragraph.HeadingMarkdown.Replace(from, to, StringComparison.Ordinal),
                };
            }
            else if (blocks[i] is TableBlock table && table.Rows.Any(r => r.Any(c => c.Contains(from, StringComparison.Ordinal))))
            {
                blocks[i] = table with { Rows = table.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Replace(from, to, StringComparison.Ordinal)).ToList()).ToList() };
            }
        }
    }

    /// <summary>Names what a file that is not a zip looks like, for the one line that refuses it.</summary>
    private static Message Looks(byte[] bytes) =>
        bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0
            ? Messages.DocxOldFormat.With()
            : Messages.DocxNotDocx.With();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
