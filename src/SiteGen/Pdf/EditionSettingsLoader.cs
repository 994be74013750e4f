using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Typesetting.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Pdf;

/// <summary>Reads templates/editions/{screen,print,large-print}.yml; a bad file is a diagnostic with its line.</summary>
public static class EditionSettingsLoader
{
    public static readonly IReadOnlyList<string> EditionNames = ["screen", "print", "large-print"];

    // YamlDotNet's reflection deserializer. EditionFile is SiteGen's own type, kept whole in the ahead-of-time
    // program (its assembly is a TrimmerRootAssembly of SiteGen.Cli), and its collection types (List<string>,
    // List<double>, Dictionary<string,string>) are compiled in because EditionFile uses them; no code is generated
    // at run time (the CLI turns dynamic code off in every build). The end-to-end tests run that program over
    // edition files that set every kind of key.
    private static readonly IDeserializer Yaml = NewDeserializer();

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "EditionFile and its collections are compiled in; see above.")]
    private static IDeserializer NewDeserializer() =>
        new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();

    /// <summary>Editions from <paramref name="templates"/>/editions, falling back to <paramref name="defaults"/> for missing files.</summary>
    public static List<PdfEdition> Load(string? templates, string defaults, DiagnosticBag diagnostics)
    {
        var editions = new List<PdfEdition>();
        foreach (var name in EditionNames)
        {
            var path = new[] { templates, defaults }.OfType<string>()
                .Select(d => Path.Combine(d, "editions", name + ".yml")).FirstOrDefault(File.Exists);
            if (path is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidEditionFile, Messages.EditionFileMissing.With(name),
                    SourceLocation.FileOnly($"templates/editions/{name}.yml"));
                continue;
            }
            var edition = Parse(File.ReadAllText(path), path, diagnostics);
            if (edition is not null) editions.Add(edition);
        }
        return editions;
    }

    public static PdfEdition? Parse(string yaml, string path, DiagnosticBag diagnostics)
    {
        EditionFile file;
        try
        {
            if (Input.YamlAliases.First(yaml) is { } alias)
            {
                diagnostics.Error(DiagnosticCodes.InvalidEditionFile, Messages.YamlAliasRefused.With(), new SourceLocation(path, (int)alias.Line, (int)alias.Column));
                return null;
            }

            file = Yaml.Deserialize<EditionFile>(yaml) ?? new EditionFile();
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEditionFile, Messages.EditionFileNotYaml.With(e.Message), new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }
        var problems = Check(file).ToList();
        foreach (var problem in problems) diagnostics.Error(DiagnosticCodes.InvalidEditionFile, problem, SourceLocation.FileOnly(path));
        var unknown = EditionFonts.Unknown(file, yaml, path).ToList();
        foreach (var (message, location) in unknown) diagnostics.Error(DiagnosticCodes.InvalidEditionFile, message, location);
        if (problems.Count > 0 || unknown.Count > 0) return null;
        var engine = new EditionSettings();
        var settings = new EditionSettings
        {
            CodeFonts = file.CodeFonts ?? engine.CodeFonts, ItalicFonts = file.ItalicFonts ?? engine.ItalicFonts,
            CodeSize = file.CodeSize, MinTextSize = file.MinTextSize, IndentEm = file.IndentEm, LatinIndentEm = file.LatinIndentEm, QuoteIndentEm = file.QuoteIndentEm, QuoteSpace = file.QuoteSpace, CodeSpace = file.CodeSpace,
            CodeIndentEm = file.CodeIndentEm, HeadingLeading = file.HeadingLeading, FootnoteLeading = file.FootnoteLeading, FootnoteGapEm = file.FootnoteGapEm,
            CaptionLeading = file.CaptionLeading,
            PageWidthMm = file.PageWidthMm, PageHeightMm = file.PageHeightMm,
            MarginInnerMm = file.MarginInnerMm, MarginOuterMm = file.MarginOuterMm, MarginTopMm = file.MarginTopMm, MarginBottomMm = file.MarginBottomMm,
            HeadMarginMm = file.HeadMarginMm, FootMarginMm = file.FootMarginMm,
            Mirrored = file.Mirrored, BleedMm = file.BleedMm, CropMarks = file.CropMarks,
            BodyFonts = file.BodyFonts, HeadingFonts = file.HeadingFonts, BodySize = file.BodySize, Leading = file.Leading,
            HeadingSizes = file.HeadingSizes, FootnoteSize = file.FootnoteSize,
            RunningHead = file.RunningHead switch { "none" => RunningHeadMode.None, "title-and-section" => RunningHeadMode.TitleAndSection, _ => RunningHeadMode.Title },
            PageNumbers = file.PageNumbers switch { "none" => PageNumberPosition.None, "outer" => PageNumberPosition.Outer, _ => PageNumberPosition.Centre },
            Level1Start = file.Level1Start switch { "continue" => SectionStart.Continue, "right-page" => SectionStart.RightPage, _ => SectionStart.NewPage }, CoverAndContents = file.CoverAndContents,
            Punctuation = file.Punctuation == "compressed" ? PunctuationStyle.Compressed : PunctuationStyle.FullWidth,
            MaxGapStretchEm = file.MaxGapStretchEm, RunningHeadSize = file.RunningHeadSize, FolioSize = file.FolioSize,
            CaptionSize = file.CaptionSize, TableSize = file.TableSize, TableMinSize = file.TableMinSize,
            HeadingSpaceBefore = file.HeadingSpaceBefore, HeadingSpaceAfter = file.HeadingSpaceAfter, LeaderStepEm = file.LeaderStepEm,
            PrintColours = file.PrintColours, MinImagePpi = file.MinImagePpi,
        };
        var furniture = CheckFurniture(settings).ToList();
        foreach (var problem in furniture) diagnostics.Error(DiagnosticCodes.InvalidEditionFile, problem, SourceLocation.FileOnly(path));
        if (furniture.Count > 0) return null;
        return new PdfEdition(file.Name, file.Kind, file.Label, file.Suffix, file.ContentsDepth, settings, file.PageReferences);
    }

    /// <summary>
    /// The running head (with its rule) must stand between the trim's top edge and the text block, the folio between
    /// the text block and the bottom edge; how much room they need depends on their sizes, so the range is the edition's.
    /// </summary>
    private static IEnumerable<Message> CheckFurniture(EditionSettings s)
    {
        static string Mm(double v) => Math.Max(0, Math.Floor(v * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture);
        if (s.RunningHead != RunningHeadMode.None && (s.HeadMarginMm < 0 || s.HeadBottomMm > s.MarginTopMm))
            yield return Messages.EditionOutOfRange.With("head-margin-mm", "0", Mm(s.MarginTopMm - (s.HeadBottomMm - s.HeadMarginMm)));
        if (s.PageNumbers != PageNumberPosition.None && (s.FootMarginMm < 0 || s.FolioTopMm > s.MarginBottomMm))
            yield return Messages.EditionOutOfRange.With("foot-margin-mm", "0", Mm(s.MarginBottomMm - (s.FolioTopMm - s.FootMarginMm)));
    }

    private static IEnumerable<Message> Check(EditionFile f)
    {
        if (string.IsNullOrWhiteSpace(f.Name)) yield return Messages.EditionNameMissing.With();
        if (f.PageWidthMm <= f.MarginInnerMm + f.MarginOuterMm + 20) yield return Messages.EditionNoWidth.With();
        if (f.PageHeightMm <= f.MarginTopMm + f.MarginBottomMm + 20) yield return Messages.EditionNoHeight.With();
        if (f.BodyFonts.Count == 0 || f.HeadingFonts.Count == 0) yield return Messages.EditionNoFonts.With();
        if (f.HeadingSizes.Count != 6) yield return Messages.EditionHeadingSizes.With();
        if (f.BodySize < 6) yield return Messages.EditionBodyTooSmall.With();
        if (f.RunningHead is not ("none" or "title" or "title-and-section")) yield return Messages.EditionRunningHead.With();
        if (f.Level1Start is not ("continue" or "new-page" or "right-page")) yield return Messages.EditionLevel1Start.With();
        foreach (var (lang, format) in f.PageReferences)
            if (format.Length > 0 && !format.Contains("{page}", StringComparison.Ordinal))
                yield return Messages.EditionPageReference.With(lang);
        if (f.PageNumbers is not ("none" or "centre" or "outer")) yield return Messages.EditionPageNumbers.With();
        if (f.Punctuation is not ("full-width" or "compressed")) yield return Messages.EditionPunctuation.With();
        if (f.MaxGapStretchEm is < 0 or > 1) yield return Messages.EditionGapStretch.With();
        if (f.HeadingSpaceBefore < 0 || f.HeadingSpaceAfter < 0) yield return Messages.EditionHeadingSpace.With();
        if (f.LeaderStepEm <= 0) yield return Messages.EditionLeaderStep.With();
        if (f.MinImagePpi < 0) yield return Messages.EditionMinPpi.With();
        foreach (var (key, size) in new[] { ("running-head-size", f.RunningHeadSize), ("folio-size", f.FolioSize), ("caption-size", f.CaptionSize), ("table-size", f.TableSize), ("table-min-size", f.TableMinSize), ("code-size", f.CodeSize), ("min-text-size", f.MinTextSize) })
            if (size is < 4) yield return Messages.EditionSizeTooSmall.With(key);
        // Spaces and leadings: a negative indent or a leading under one would set lines into each other.
        foreach (var (key, value) in new[] { ("indent-em", f.IndentEm), ("latin-indent-em", f.LatinIndentEm), ("quote-indent-em", f.QuoteIndentEm), ("code-indent-em", f.CodeIndentEm) })
            if (value is < 0 or > 10) yield return Messages.EditionOutOfRange.With(key, "0", "10");
        foreach (var (key, value) in new[] { ("leading", f.Leading), ("heading-leading", f.HeadingLeading), ("footnote-leading", f.FootnoteLeading), ("caption-leading", f.CaptionLeading) })
            if (value is < 1 or > 4) yield return Messages.EditionOutOfRange.With(key, "1", "4");
        if (f.QuoteSpace is < 0 or > 4) yield return Messages.EditionOutOfRange.With("quote-space", "0", "4");
        if (f.CodeSpace is < 0 or > 4) yield return Messages.EditionOutOfRange.With("code-space", "0", "4");
        if (f.FootnoteGapEm is < 0 or > 4) yield return Messages.EditionOutOfRange.With("footnote-gap-em", "0", "4");
    }
}
