using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Pdf;

/// <summary>Subsets the fonts the recorded drawing used, replays it into a PDFsharp document, and saves deterministically.</summary>
internal static class PdfAssembler
{
    /// <summary>About what PDFsharp writes per page of body text (content stream and objects, uncompressed fonts aside).</summary>
    private const int PageBytesGuess = 12 * 1024;

    public static byte[] Assemble(PdfCanvas canvas, DocumentInfo info, Func<string, FontFace> faces, bool printColours = false)
    {
        SubsetFontResolver.EnsureInstalled();
        var subsetting = TypesetClock.Measure("pdf: subset fonts (HarfBuzz)");
        var families = canvas.CharactersByFace.ToDictionary(
            kv => kv.Key, kv => SubsetCache.Get(faces(kv.Key), kv.Value).FamilyName, StringComparer.Ordinal);
        subsetting.Dispose();
        var drawing = TypesetClock.Measure("pdf: draw pages (PDFsharp)");

        var document = new PdfDocument();
        // Every Flate stream is inflated and deflated again after saving (StreamRedeflater), so PDFsharp's own
        // compression only has to be fast: the final bytes do not depend on it.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        // The font programs are left plain and deflated once, by StreamRedeflater.CompressFontPrograms.
        document.Options.NoCompression = true;
        var created = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Description;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.CreationDate = created;
        // A correction moves ModDate (and xmp:ModifyDate, which PDFsharp writes from it); nothing else does.
        document.Info.ModificationDate = info.ModifiedDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
        document.SetPdfA();
        // Print shop: PDFsharp would write our CMYK black as RGB (0 0 0 rg), which a RIP turns into four-colour black.
        if (printColours) document.Options.ColorMode = PdfColorMode.Cmyk;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(info.Language);

        var state = new PdfState(document, families);
        canvas.Replay(state);
        document.Language = info.Language;
        DeterministicIds.Apply(document, info.IdSeed);
        drawing.Dispose();
        // Sized for the plain font programs plus the pages, so the buffer is not regrown (each regrowth is a copy on
        // the large-object heap, and those forced full collections).
        using var saved = new MemoryStream(families.Values.Distinct().Sum(f => SubsetCache.Bytes(f)?.Length ?? 0) + PageBytesGuess * document.PageCount + 64 * 1024);
        using (TypesetClock.Measure("pdf: save (PDFsharp)"))
        {
            document.Save(saved, false);
        }

        using var rewriting = TypesetClock.Measure("pdf: rewrite after save (CFF, ToUnicode, tags, deflate, XMP)");
        // One parse, of the save buffer in place; the fixes below edit dictionaries (and the XMP packet), never
        // whole-file copies of the fonts.
        var file = PdfObjectFile.Parse(saved.GetBuffer().AsSpan(0, (int)saved.Length));
        // The rewrite's parts are timed on their own too (`--verbose`, "pdf: rewrite: ..."), for the benchmark's breakdown.
        using (TypesetClock.Measure("pdf: rewrite: bare CFF, deflate font programs"))
        {
            CffFontFix.Apply(file);
            StreamRedeflater.CompressFontPrograms(file);
        }

        using (TypesetClock.Measure("pdf: rewrite: ToUnicode, marked content, tags, ids"))
        {
            ToUnicodeFix.Apply(file);
            MarkedContentNesting.Apply(file, state.ArtifactKinds);
            AccessibilityFixes.Apply(file, state.CoverPages);
            DeterministicIds.Normalize(file, info.IdSeed, info.Date);
        }

        using (TypesetClock.Measure("pdf: rewrite: deflate streams again, XMP, write"))
        {
            StreamRedeflater.Apply(file);
            if (printColours) PrintOutputIntent.Apply(file);
            XmpMetadata.Apply(file, info);
            return file.Write();
        }
    }
}
