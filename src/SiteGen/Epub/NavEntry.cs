using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>One line of the table of contents with the headings nested under it.</summary>
internal sealed record NavEntry(string Id, string Text, int Level, ImmutableArray<NavEntry> Children)
{
    /// <summary>
    /// Nests headings by level; a skipped level (h2 then h4) nests one step, not two, so every list item
    /// holds a link, as the EPUB navigation rules require.
    /// </summary>
    public static ImmutableArray<NavEntry> Tree(IEnumerable<HeadingBlock> headings) =>
        Tree(headings.Select(h => (h.Level, h.Id, Report.PlainText(h.Content))));

    public static ImmutableArray<NavEntry> Tree(IEnumerable<(int Level, string Id, string Text)> headings)
    {
        var root = new Node(0, "", "");
        var open = new Stack<Node>();
        open.Push(root);
        foreach (var (level, id, text) in headings)
        {
            while (open.Peek().Level >= level)
            {
                open.Pop();
            }

            var node = new Node(level, id, text);
            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return Freeze(root);
    }

    private static ImmutableArray<NavEntry> Freeze(Node node) =>
        node.Children.Select(c => new NavEntry(c.Id, c.Text, c.Level, Freeze(c))).ToImmutableArray();

    private sealed record Node(int Level, string Id, string Text)
    {
        public List<Node> Children { get; } = [];
    }
}
