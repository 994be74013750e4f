using PdfSharp.UniversalAccessibility;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Pdf;

/// <summary>Maps our structure tags onto PDFsharp's structure builder.</summary>
internal static class StructureTags
{
    public static void Begin(PdfState s, StructureTag tag, string? alt, string? id = null)
    {
        var b = s.Structure;
        switch (tag)
        {
            case StructureTag.Document:
                // UAManager already made the Document element; ours is only a marker.
                s.OpenTags.Push(false);
                return;
            case StructureTag.Figure:
                // The bounding box is known only when the image is drawn.
                s.PendingFigureAlt = alt ?? "";
                s.FigureOpened = false;
                s.OpenTags.Push(true);
                return;
            case StructureTag.Part: b.BeginElement(PdfGroupingElementTag.Part); break;
            case StructureTag.Sect: b.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureTag.Div: b.BeginElement(PdfGroupingElementTag.Division); break;
            case StructureTag.BlockQuote: b.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            // PDFsharp counts Caption as a grouping element and gives text inside one no marked content, so a caption
            // (and the credit set with it) was untagged and its element empty; as a block element its text is its content.
            case StructureTag.Caption: b.BeginBlockLevelElement("Caption"); break;
            case StructureTag.Toc: b.BeginElement(PdfGroupingElementTag.TableOfContents); break;
            case StructureTag.Toci: b.BeginElement(PdfGroupingElementTag.TableOfContentsItem); break;
            case StructureTag.Note: b.BeginElement(PdfInlineLevelElementTag.Note); break;
            case StructureTag.Reference: b.BeginElement(PdfInlineLevelElementTag.Reference); break;
            case StructureTag.Span: b.BeginElement(PdfInlineLevelElementTag.Span); break;
            case StructureTag.Code: b.BeginElement(PdfInlineLevelElementTag.Code); break;
            case StructureTag.RowHeader:
                // Column headers get their /Scope in AccessibilityFixes; a row header says so here, where it is known.
                b.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                var scope = new PdfSharp.Pdf.PdfDictionary();
                scope.Elements.SetName("/O", "/Table");
                scope.Elements.SetName("/Scope", "/Row");
                b.CurrentStructureElement.Elements["/A"] = scope;
                break;
            default: b.BeginElement(Block(tag)); break;
        }
        if (id is not null) s.ElementIds.Assign(b.CurrentStructureElement, id);
        s.OpenTags.Push(false);
    }

    public static void End(PdfState s)
    {
        var figure = s.OpenTags.Pop();
        if (figure)
        {
            if (s.FigureOpened) s.Structure.End();
            s.PendingFigureAlt = null;
            s.FigureOpened = false;
            return;
        }
        if (s.OpenTags.Count == 0) return; // the Document marker
        s.Structure.End();
    }

    private static PdfBlockLevelElementTag Block(StructureTag tag) => tag switch
    {
        StructureTag.P => PdfBlockLevelElementTag.Paragraph,
        StructureTag.H1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.H2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.H3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.H4 => PdfBlockLevelElementTag.Heading4,
        StructureTag.H5 => PdfBlockLevelElementTag.Heading5,
        StructureTag.H6 => PdfBlockLevelElementTag.Heading6,
        StructureTag.L => PdfBlockLevelElementTag.List,
        StructureTag.LI => PdfBlockLevelElementTag.ListItem,
        StructureTag.Lbl => PdfBlockLevelElementTag.Label,
        StructureTag.LBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.THead => PdfBlockLevelElementTag.TableHeadRowGroup,
        StructureTag.TBody => PdfBlockLevelElementTag.TableBodyRowGroup,
        StructureTag.TR => PdfBlockLevelElementTag.TableRow,
        StructureTag.TH => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };
}
