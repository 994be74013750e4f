using System.Xml;

namespace SiteGen.Epub;

internal static class Xhtml
{
    public const string Namespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    public static XmlWriterSettings Settings(bool indent) => new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
