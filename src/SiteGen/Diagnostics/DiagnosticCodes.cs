namespace SiteGen.Diagnostics;

/// <summary>Every diagnostic code SiteGen emits, in one place so the README can list them.</summary>
public static class DiagnosticCodes
{
    // Errors: the build stops.
    public const string MissingTitle = "SG001";
    public const string InvalidDate = "SG002";
    public const string UnclosedFrontMatter = "SG003";
    public const string InvalidFrontMatter = "SG004";
    public const string DuplicateSlug = "SG005";
    public const string MissingImage = "SG006";
    public const string BrokenAnchor = "SG007";
    public const string RawHtmlDropped = "SG008";
    public const string InvalidSiteSettings = "SG009";
    public const string TemplateError = "SG010";
    public const string MissingGlyph = "SG011";
    public const string LayoutError = "SG012";
    public const string DuplicateId = "SG013";
    public const string NoReports = "SG014";
    public const string UnsafeLink = "SG015";
    public const string ImageTooLarge = "SG016";
    public const string ImageTypeNotInPdf = "SG017";
    public const string DamagedImage = "SG018";
    public const string ComplexScript = "SG019";
    public const string SourceChangedDuringBuild = "SG020";
    public const string InvalidEditionFile = "SG021";
    public const string UnclosedFigure = "SG030";
    public const string FigureContentLost = "SG031";
    public const string UndefinedFootnote = "SG032";
    public const string UnreferencedFootnote = "SG033";
    public const string UnsafeSvg = "SG034";
    public const string NestingTooDeep = "SG035";
    public const string ForbiddenCharacter = "SG036";
    public const string EmptyHeading = "SG037";
    public const string OutsideInput = "SG040";
    public const string BrokenLink = "SG041";
    public const string NotUtf8 = "SG042";
    public const string ReservedSlug = "SG043";
    public const string BaseUrlNotPublishable = "SG050";
    public const string InvalidRevision = "SG051";
    public const string InvalidRecordField = "SG052";
    public const string MissingAttachment = "SG060";
    public const string AttachmentTypeRefused = "SG061";
    public const string AttachmentTooLarge = "SG062";
    public const string UnportableFileName = "SG063";
    public const string AttachmentNameTaken = "SG064";
    public const string UnknownReport = "SG070";
    public const string LinkToDraft = "SG071";
    public const string ImageWithoutAlt = "SG090";
    public const string DecorativeImageWithAlt = "SG091";

    // Word import (sitegen import): errors stop the import or leave report.md needing an edit before it builds.
    public const string UnreadableWordFile = "SG080";
    public const string ImportNoDate = "SG081";

    // Warnings: the build goes on.
    public const string UnknownFrontMatterKey = "SG101";
    public const string HeadingLevelJump = "SG102";
    public const string FigureWithoutImage = "SG104";
    public const string SplitParagraph = "SG105";
    public const string EpubImageTypeUnsupported = "SG106";
    public const string CoarseImage = "SG107";
    public const string ChangedWithoutRevision = "SG160";
    public const string EarlierBagAltered = "SG161";
    public const string PastedIndent = "SG170";
    public const string MarkdownNotRead = "SG171";
    public const string FutureDate = "SG172";
    public const string IndentedProse = "SG173";
    public const string NoBodyText = "SG174";
    public const string UnpairedEmphasis = "SG175";

    // Word import warnings: the report is written, and this says what to check in it.
    public const string ImportFrontMatterGuess = "SG180";
    public const string ImportImageWithoutAlt = "SG181";
    public const string ImportContentLeftOut = "SG182";
    public const string ImportContentSimplified = "SG183";
    public const string ImportImageType = "SG184";
}
