using System.Text;

namespace SiteGen.Model;

/// <summary>Flattens inline content to plain text (footnote references drop out).</summary>
public static class InlineText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text: builder.Append(text.Text); break;
                case CodeInline code: builder.Append(code.Text); break;
                case LineBreakInline: builder.Append(' '); break;
                case StrongInline strong: Append(builder, strong.Children); break;
                case EmphasisInline emphasis: Append(builder, emphasis.Children); break;
                case LinkInline link: Append(builder, link.Children); break;
                case ImageInline image: builder.Append(image.Image.Alt); break;
            }
        }
    }
}
