using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// PDFsharp 6.2.4 opens and closes marked content wherever its text object happens to be, so BT/ET and BDC/EMC
/// cross on every page, which ISO 32000-1 §14.6 forbids and PDF/UA checkers reject. We rewrite each page's content
/// so that marked content is only ever opened or closed outside a text object: the text object is ended before the
/// mark and begun again after it, restoring the text line matrix with Tm (text state such as Tf survives ET/BT, the
/// matrices do not). The same pass types the artifacts: PDFsharp writes a bare "/Artifact BMC"; the n-th on a page
/// becomes the n-th kind the layout asked for there (running heads and folios are pagination artifacts).
/// </summary>
internal static partial class MarkedContentNesting
{
    public static void Apply(PdfObjectFile file, IReadOnlyList<IReadOnlyList<ArtifactKind>> artifactsByPage)
    {
        var pages = PageOrder(file);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = file[pages[p]];
            var kinds = p < artifactsByPage.Count ? artifactsByPage[p] : [];
            foreach (Match m in ContentsRef().Matches(ContentsValue(page.Body)))
            {
                var stream = file[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)];
                if (stream.Data is not { } data) continue;
                var compressed = stream.Body.Contains("/Filter/FlateDecode", StringComparison.Ordinal);
                var text = Encoding.Latin1.GetString(compressed ? StreamRedeflater.Inflate(data) : data);
                var bytes = Encoding.Latin1.GetBytes(Rewrite(text, kinds));
                stream.Data = compressed ? StreamRedeflater.Deflate(bytes) : bytes;
                stream.DeflatedHere = compressed;
            }
        }
    }

    /// <summary>The content with marked content outside text objects and artifacts typed.</summary>
    public static string Rewrite(string content, IReadOnlyList<ArtifactKind> artifactKinds)
    {
        var ops = ContentTokens.Parse(content);
        var artifacts = ops.Count(o => o is { Operator: "BMC", Args: ["/Artifact"] });
        // Typing needs one kind per artifact PDFsharp wrote; otherwise they stay untyped (still artifacts).
        var typed = artifacts == artifactKinds.Count;
        var artifactIndex = 0;
        var sb = new StringBuilder(content.Length + 256);
        var state = new TextState();
        foreach (var op in ops)
        {
            switch (op.Operator)
            {
                case "BT":
                    state.Begin();
                    break;
                case "ET":
                    if (!state.Suspended) Emit(sb, op);
                    state.End();
                    break;
                case "BDC" or "BMC" or "EMC":
                    if (state.InText && !state.Suspended)
                    {
                        sb.Append("ET\n");
                        state.Suspend();
                    }
                    if (op is { Operator: "BMC", Args: ["/Artifact"] } && typed)
                        sb.Append("/Artifact ").Append(Properties(artifactKinds[artifactIndex++])).Append(" BDC\n");
                    else Emit(sb, op);
                    break;
                default:
                    if (state.Suspended)
                    {
                        sb.Append(state.Restart());
                        state.Resume();
                    }
                    state.Track(op);
                    Emit(sb, op);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Properties(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Header => "<</Type/Pagination/Subtype/Header>>",
        ArtifactKind.Footer => "<</Type/Pagination/Subtype/Footer>>",
        ArtifactKind.Page => "<</Type/Page>>",
        _ => "<</Type/Layout>>",
    };

    private static void Emit(StringBuilder sb, ContentOp op)
    {
        if (op.Operands.Length > 0) sb.Append(op.Operands).Append(' ');
        sb.Append(op.Operator).Append('\n');
    }

    private static List<int> PageOrder(PdfObjectFile file)
    {
        var order = new List<int>();
        var root = file.Objects.First(o => o.Body.Contains("/Type/Catalog", StringComparison.Ordinal));
        Walk(file, int.Parse(PagesRef().Match(root.Body).Groups[1].Value, CultureInfo.InvariantCulture), order);
        return order;
    }

    private static void Walk(PdfObjectFile file, int number, List<int> order)
    {
        var node = file[number];
        var kids = KidsArray().Match(node.Body);
        if (!node.Body.Contains("/Type/Pages", StringComparison.Ordinal) || !kids.Success)
        {
            order.Add(number);
            return;
        }
        foreach (Match m in ContentsRef().Matches(kids.Groups[1].Value))
            Walk(file, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), order);
    }

    private static string ContentsValue(string body)
    {
        var m = ContentsEntry().Match(body);
        return m.Success ? m.Groups[1].Value : "";
    }

    [GeneratedRegex("(\\d+) 0 R")]
    private static partial Regex ContentsRef();

    [GeneratedRegex("/Contents\\s*(\\[[^\\]]*\\]|\\d+ 0 R)")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex("/Pages (\\d+) 0 R")]
    private static partial Regex PagesRef();

    [GeneratedRegex("/Kids\\s*\\[([^\\]]*)\\]")]
    private static partial Regex KidsArray();
}
