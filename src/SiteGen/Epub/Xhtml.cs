using System.Xml;

namespace SiteGen.Epub;

internal static class Xhtml
{
    public const string Namespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img", "link", "meta" };

    /// <summary>Closes an element as "&lt;br/&gt;" only when HTML allows it; "&lt;p/&gt;" confuses HTML parsers.</summary>
    public static void WriteFullEndElementIfNeeded(this XmlWriter xml, string name)
    {
        if (VoidElements.Contains(name))
        {
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteFullEndElement();
        }
    }

    public static XmlWriterSettings Settings(bool indent) => new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
