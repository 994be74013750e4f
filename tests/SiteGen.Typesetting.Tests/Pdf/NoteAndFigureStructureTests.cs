using System.Text.Json;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Notes and figures in the structure tree, read back from the saved PDF: through qpdf's object dump (IDs, IDTree,
/// link targets) and through pdf.js and poppler (what a reader's accessibility layer builds from it).
/// </summary>
public sealed class NoteAndFigureStructureTests
{
    private static string Render(string name, IReadOnlyList<Block> blocks, out TypesetResult result)
    {
        var info = new DocumentInfo("结构测试", "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "structure/" + name);
        result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen with { Level1Start = SectionStart.Continue });
        var path = Path.Combine(RenderedReport.Folder, "structure-" + name + ".pdf");
        File.WriteAllBytes(path, result.Pdf);
        return path;
    }

    private static List<Block> NoteDocument() =>
    [
        new HeadingBlock(1, "part", [new TextRun("第一部分")], "t.md:1"),
        new ParagraphBlock([new TextRun("正文第一段"), new FootnoteRun("1", [new TextRun("第一条注释。")], "fn-1"), new TextRun("继续。")], "t.md:2"),
        // Cited with no id of its own: the engine names it from its label.
        new ParagraphBlock([new TextRun("正文第二段"), new FootnoteRun("2", [new TextRun("第二条注释。")]), new TextRun("继续。")], "t.md:3"),
    ];

    [Fact]
    public void Each_note_is_a_Note_element_with_a_unique_id_found_through_the_IDTree()
    {
        var path = Render("notes", NoteDocument(), out var result);
        Assert.Empty(result.Diagnostics);
        var objects = PdfJson.Objects(path);
        var notes = StructElems(objects).Where(e => e.Value.GetProperty("/S").GetString() == "/Note").ToList();
        Assert.Equal(2, notes.Count);
        var ids = notes.Select(n => Str(n.Value.GetProperty("/ID"))).ToList();
        Assert.Equal(["fn-1", "note-2"], ids.Order(StringComparer.Ordinal));

        var root = PdfJson.Resolve(objects, Catalog(objects).GetProperty("/StructTreeRoot"));
        var names = Tree(objects, root.GetProperty("/IDTree")).GetProperty("/Names").EnumerateArray().ToList();
        var map = Enumerable.Range(0, names.Count / 2).ToDictionary(i => Str(names[2 * i]), i => names[2 * i + 1].GetString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), map.Keys.ToList()); // in order, as a name tree must be
        foreach (var note in notes) Assert.Equal(note.Ref, map[Str(note.Value.GetProperty("/ID"))]);
    }

    [Fact]
    public void A_note_mark_is_a_link_to_its_note_on_the_page_the_note_is_set()
    {
        var path = Render("marks", NoteDocument(), out _);
        var objects = PdfJson.Objects(path);
        var elems = StructElems(objects).ToList();
        var dests = NamedDestinations(objects);
        foreach (var note in elems.Where(e => e.Value.GetProperty("/S").GetString() == "/Note"))
        {
            var id = Str(note.Value.GetProperty("/ID"));
            // The Link element of the mark: its OBJR is an annotation whose GoTo names the note's destination.
            var links = elems.Where(e => e.Value.GetProperty("/S").GetString() == "/Link")
                .Select(e => (Elem: e, Annot: LinkAnnotation(objects, e.Value)))
                .Where(l => l.Annot is { } a && Target(a) == id).ToList();
            var link = Assert.Single(links);
            Assert.Equal("/P", PdfJson.Resolve(objects, link.Elem.Value.GetProperty("/P")).GetProperty("/S").GetString());
            Assert.Equal(id == "fn-1" ? "1 第一条注释。" : "2 第二条注释。", Str(link.Annot!.Value.GetProperty("/Contents")));
            Assert.True(dests.TryGetValue(id, out var page), $"no named destination {id}");
            Assert.Equal(note.Value.GetProperty("/Pg").GetString(), page);
        }
        // pdf.js builds the same tree: Note elements with content, and the marks as Link inside their paragraphs.
        var inspected = PdfJs.Inspect(path);
        var roles = Roles(inspected);
        Assert.Equal(2, roles.Count(r => r.Role == "Note" && r.HasContent));
        Assert.True(roles.Count(r => r.Role == "Link" && r.Parent == "P") >= 2);
    }

    [Fact]
    public void A_note_cited_on_two_pages_is_a_Note_on_each_and_each_mark_links_to_the_copy_on_its_own_page()
    {
        // Each citation is its own run with the report's id, as the report mapper makes them.
        static FootnoteRun Cite() => new("1", [new TextRun("两页都引用的注释。")], "fn-1");
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "part", [new TextRun("第一部分")], "t.md:1"),
            new ParagraphBlock([new TextRun("第一次引用"), Cite(), new TextRun("。")], "t.md:2"),
            new ParagraphBlock([new TextRun(new string('字', 2400))], "t.md:3"),
            new ParagraphBlock([new TextRun("第二次引用"), Cite(), new TextRun("。")], "t.md:4"),
        };
        var path = Render("repeated-note", blocks, out var result);
        Assert.Empty(result.Diagnostics);
        var objects = PdfJson.Objects(path);
        var elems = StructElems(objects).ToList();
        var notes = elems.Where(e => e.Value.GetProperty("/S").GetString() == "/Note").ToList();
        Assert.Equal(2, notes.Count);
        Assert.NotEqual(notes[0].Value.GetProperty("/Pg").GetString(), notes[1].Value.GetProperty("/Pg").GetString());
        var ids = notes.Select(n => Str(n.Value.GetProperty("/ID"))).ToList();
        Assert.Contains("fn-1", ids);
        Assert.Equal(2, ids.Distinct().Count());

        var dests = NamedDestinations(objects);
        var marks = elems.Where(e => e.Value.GetProperty("/S").GetString() == "/Link")
            .Select(e => LinkAnnotation(objects, e.Value)).OfType<JsonElement>().Where(a => Target(a) is { } t && ids.Contains(t)).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), marks.Select(m => Target(m)!).Order(StringComparer.Ordinal));
        foreach (var mark in marks)
        {
            // The page whose /Annots holds the mark is the page its destination and its Note are on.
            var page = AnnotationPage(objects, mark);
            Assert.Equal(page, dests[Target(mark)!]);
            Assert.Equal(page, notes.Single(n => Str(n.Value.GetProperty("/ID")) == Target(mark)).Value.GetProperty("/Pg").GetString());
        }
        // pdf.js sees both copies as Note elements with their text.
        Assert.Equal(2, Roles(PdfJs.Inspect(path)).Count(r => r.Role == "Note" && r.HasContent));
    }

    private static string AnnotationPage(JsonElement objects, JsonElement annotation)
    {
        var raw = annotation.GetRawText();
        foreach (var o in objects.EnumerateObject())
            if (o.Name.StartsWith("obj:", StringComparison.Ordinal) && o.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object
                && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Page" && v.TryGetProperty("/Annots", out var annots)
                && Tree(objects, annots).EnumerateArray().Any(a => Tree(objects, a).GetRawText() == raw))
                return o.Name[4..];
        throw new InvalidOperationException("The annotation is on no page.");
    }

    [Fact]
    public void A_figure_and_its_caption_with_credit_are_grouped_and_the_figure_has_its_alt()
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "figures", [new TextRun("图片")], "t.md:1"),
            new FigureBlock(null, TestImages.Png(400, 300, alpha: false), "渐变色块", [new TextRun("图1 不透明 PNG")], "来源：测试机构", "t.md:2", "fig1"),
            new FigureBlock(null, TestImages.Png(400, 300, alpha: false), "", [new TextRun("图2 没有替代文字")], null, "t.md:3"),
        };
        var path = Render("figures", blocks, out var result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var objects = PdfJson.Objects(path);
        var elems = StructElems(objects).ToList();
        var figures = elems.Where(e => e.Value.GetProperty("/S").GetString() == "/Figure").ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal(["渐变色块", "图2 没有替代文字"], figures.Select(f => Str(f.Value.GetProperty("/Alt"))));
        foreach (var figure in figures)
        {
            var parent = PdfJson.Resolve(objects, figure.Value.GetProperty("/P"));
            Assert.Equal("/Div", parent.GetProperty("/S").GetString());
            var kids = parent.GetProperty("/K").EnumerateArray().Select(k => PdfJson.Resolve(objects, k).GetProperty("/S").GetString()).ToList();
            Assert.Equal(["/Figure", "/Caption"], kids);
        }

        // poppler reads the caption's text, credit included, inside the Caption element (not untagged content).
        var (_, structure, _) = PdfTool.Run("pdfinfo", "-struct-text", path);
        var compact = structure.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("(?s)Caption(\\(block\\))?\\n\\s*\"图1不透明PNG来源：测试机构\"", compact);
        Assert.Matches("(?s)Caption(\\(block\\))?\\n\\s*\"图2没有替代文字\"", compact);
    }

    private static string Str(JsonElement e)
    {
        var s = e.GetString()!;
        return s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : s;
    }

    private static JsonElement Catalog(JsonElement objects) =>
        PdfJson.Resolve(objects, objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root"));

    private static JsonElement Tree(JsonElement objects, JsonElement node) =>
        node.ValueKind == JsonValueKind.String ? PdfJson.Resolve(objects, node) : node;

    private static IEnumerable<(string Ref, JsonElement Value)> StructElems(JsonElement objects)
    {
        foreach (var o in objects.EnumerateObject())
            if (o.Name.StartsWith("obj:", StringComparison.Ordinal) && o.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object
                && v.TryGetProperty("/S", out var s) && s.ValueKind == JsonValueKind.String && v.TryGetProperty("/P", out _) && !v.TryGetProperty("/Subtype", out _))
                yield return (o.Name[4..], v);
    }

    private static JsonElement? LinkAnnotation(JsonElement objects, JsonElement link)
    {
        if (!link.TryGetProperty("/K", out var k)) return null;
        var kids = k.ValueKind == JsonValueKind.Array ? k.EnumerateArray().ToList() : [k];
        foreach (var kid in kids)
        {
            if (kid.ValueKind != JsonValueKind.Object || !kid.TryGetProperty("/Obj", out var obj)) continue;
            return PdfJson.Resolve(objects, obj);
        }
        return null;
    }

    private static string? Target(JsonElement annotation)
    {
        if (annotation.TryGetProperty("/Dest", out var dest) && dest.ValueKind == JsonValueKind.String) return Str(dest);
        if (annotation.TryGetProperty("/A", out var a) && a.TryGetProperty("/D", out var d) && d.ValueKind == JsonValueKind.String) return Str(d);
        return null;
    }

    /// <summary>Named destinations (catalog /Names /Dests, one level of kids at most) to their page reference.</summary>
    private static Dictionary<string, string?> NamedDestinations(JsonElement objects)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var names = Tree(objects, Catalog(objects).GetProperty("/Names"));
        void Walk(JsonElement node)
        {
            node = Tree(objects, node);
            if (node.TryGetProperty("/Names", out var pairs))
            {
                var list = pairs.EnumerateArray().ToList();
                for (var i = 0; i + 1 < list.Count; i += 2)
                {
                    var value = Tree(objects, list[i + 1]);
                    var array = value.ValueKind == JsonValueKind.Object ? value.GetProperty("/D") : value;
                    result[Str(list[i])] = array[0].GetString();
                }
            }
            if (node.TryGetProperty("/Kids", out var kids)) foreach (var kid in kids.EnumerateArray()) Walk(kid);
        }
        Walk(names.GetProperty("/Dests"));
        return result;
    }

    private static List<(string Role, string Parent, bool HasContent)> Roles(JsonElement inspected)
    {
        var roles = new List<(string, string, bool)>();
        void Walk(JsonElement node, string parent)
        {
            var role = node.TryGetProperty("role", out var r) ? r.GetString() ?? "" : "";
            var children = node.TryGetProperty("children", out var c) ? c.EnumerateArray().ToList() : [];
            if (role.Length > 0) roles.Add((role, parent, children.Any(ch => ch.TryGetProperty("type", out var t) && t.GetString() == "content")));
            foreach (var child in children) Walk(child, role.Length > 0 ? role : parent);
        }
        foreach (var page in inspected.GetProperty("pages").EnumerateArray())
            if (page.GetProperty("structTree").ValueKind == JsonValueKind.Object) Walk(page.GetProperty("structTree"), "");
        return roles;
    }
}
