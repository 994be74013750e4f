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
    public static ImmutableArray<NavEntry> Tree(IEnumerable<HeadingBlock> headings)
    {
        var root = new Node(null, 0);
        var open = new Stack<Node>();
        open.Push(root);
        foreach (var heading in headings)
        {
            while (open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }

            var node = new Node(heading, heading.Level);
            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return Freeze(root);
    }

    private static ImmutableArray<NavEntry> Freeze(Node node) =>
        node.Children.Select(c => new NavEntry(c.Heading!.Id, Report.PlainText(c.Heading.Content), c.Level, Freeze(c)))
            .ToImmutableArray();

    private sealed class Node(HeadingBlock? heading, int level)
    {
        public HeadingBlock? Heading { get; } = heading;
        public int Level { get; } = level;
        public List<Node> Children { get; } = [];
    }
}
