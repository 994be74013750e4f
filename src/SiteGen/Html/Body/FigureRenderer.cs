using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>figure + img + figcaption with the credit; a figure whose image is missing keeps its caption.</summary>
internal sealed class FigureRenderer : NodeRenderer<FigureBlock>
{
    protected override void Write(BodyRenderer renderer, FigureBlock node)
    {
        var output = renderer.Out;
        output.Start("figure", ("id", string.IsNullOrEmpty(node.Id) ? null : node.Id));
        var source = node.Image is null ? null : renderer.Options.ImageSource(node.Image);
        if (node.Image is not null && source is not null && SafeHref.IsSafe(source))
        {
            output.Void("img", ("src", source), ("alt", node.Image.Alt), ImageSize.Width(node.Image), ImageSize.Height(node.Image), ("loading", "lazy"));
        }

        var credit = string.IsNullOrWhiteSpace(node.Credit) ? null : node.Credit;
        if (!node.Caption.IsEmpty || credit is not null)
        {
            output.Start("figcaption");
            renderer.WriteInlines(node.Caption);
            if (credit is not null)
            {
                output.Start("span", ("class", "credit")).Text(credit).End("span");
            }

            output.End("figcaption");
        }

        output.End("figure");
    }
}
