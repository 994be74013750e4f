using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Pdf;

/// <summary>Mutable state while the recorded drawing is replayed into PDFsharp.</summary>
internal sealed class PdfState(PdfDocument document, IReadOnlyDictionary<string, string> families)
{
    public PdfDocument Document { get; } = document;
    public StructureBuilder Structure { get; } = UAManager.ForDocument(document).StructureBuilder;
    public IReadOnlyDictionary<string, string> Families { get; } = families;
    public PdfPage? Page { get; set; }
    public XGraphics? Graphics { get; set; }
    /// <summary>Distance from the media box's top-left to the trim's top-left.</summary>
    public double Offset { get; set; }
    public double MediaHeight { get; set; }
    public Stack<bool> OpenTags { get; } = new();
    public string? PendingFigureAlt { get; set; }
    public bool FigureOpened { get; set; }
    /// <summary>Graphics states saved by drawings (their clip), restored when each ends.</summary>
    public Stack<XGraphicsState> DrawingStates { get; } = new();
    public NamedDestinations Destinations { get; } = new();
    public StructureElementIds ElementIds { get; } = new();
    public ParentTreeParking ParentTree { get; } = new();
    public List<PdfOutline?> Outlines { get; } = [];
    /// <summary>Per page, the kind of each artifact in drawing order.</summary>
    public List<List<ArtifactKind>> ArtifactKinds { get; } = [];
    /// <summary>Per page, whether it is the cover (for page labels).</summary>
    public List<bool> CoverPages { get; } = [];
    private readonly Dictionary<(string, double), XFont> _fonts = [];

    public XGraphics G => Graphics ?? throw new InvalidOperationException("Drawing outside a page.");

    public XFont Font(string face, double size)
    {
        if (_fonts.TryGetValue((face, size), out var font)) return font;
        font = new XFont(Families[face], size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        _fonts[(face, size)] = font;
        return font;
    }

    /// <summary>PDF user space has its origin at the bottom left.</summary>
    public double PdfY(double y) => MediaHeight - (y + Offset);
}
