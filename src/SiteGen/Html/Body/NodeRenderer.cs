namespace SiteGen.Html.Body;

internal interface INodeRenderer
{
    Type NodeType { get; }

    void Write(BodyRenderer renderer, object node);
}

/// <summary>Renders one model node type; one small class per type, as Markdig does.</summary>
internal abstract class NodeRenderer<T> : INodeRenderer
    where T : class
{
    public Type NodeType => typeof(T);

    public void Write(BodyRenderer renderer, object node) => Write(renderer, (T)node);

    protected abstract void Write(BodyRenderer renderer, T node);
}
