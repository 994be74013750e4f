using System.Text;

namespace SiteGen.Html.Body;

/// <summary>
/// Writes markup that is both HTML and well-formed XML: every attribute quoted and escaped, void elements
/// self-closed, text escaped. Attributes whose value is null are left out.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _builder = new();

    public HtmlBuilder Start(string tag, params (string Name, string? Value)[] attributes)
    {
        _builder.Append('<').Append(tag);
        AppendAttributes(attributes);
        _builder.Append('>');
        return this;
    }

    public HtmlBuilder End(string tag)
    {
        _builder.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlBuilder Void(string tag, params (string Name, string? Value)[] attributes)
    {
        _builder.Append('<').Append(tag);
        AppendAttributes(attributes);
        _builder.Append(" />");
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            HtmlText.Append(_builder, text);
        }

        return this;
    }

    public HtmlBuilder Line()
    {
        _builder.Append('\n');
        return this;
    }

    public override string ToString() => _builder.ToString();

    private void AppendAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _builder.Append(' ').Append(name).Append("=\"");
            HtmlText.Append(_builder, value);
            _builder.Append('"');
        }
    }
}
