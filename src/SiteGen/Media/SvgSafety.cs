using System.Text.RegularExpressions;
using System.Xml;
using SiteGen.Diagnostics;

namespace SiteGen.Media;

/// <summary>
/// Decides whether an SVG may be published as it is. SiteGen publishes the author's file unchanged in the
/// site, the EPUB and the bag, so instead of rewriting it, every element, attribute and reference is checked
/// against <see cref="SvgVocabulary"/>, and a file with anything else is refused with the place of the first
/// problems. The XML is streamed; no DTD, entity or external resource is ever read.
/// </summary>
internal static partial class SvgSafety
{
    /// <summary>Far above any drawing in a report; it bounds the memory a hostile file can take.</summary>
    private const long MaxCharacters = 32L * 1024 * 1024;

    private const int MaxProblems = 5;

    public sealed record Problem(int Line, int Column, Message Message);

    /// <summary>True for a file SiteGen must treat as SVG: by its name, or because it starts like XML.</summary>
    public static bool LooksLikeSvg(string path, ReadOnlySpan<byte> head)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'<';
    }

    public static IReadOnlyList<Problem> Check(Stream stream)
    {
        var problems = new List<Problem>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)reader;
        void Add(Message message)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(new Problem(info.LineNumber, info.LinePosition, message));
            }
        }

        try
        {
            var root = true;
            var inStyle = 0;
            while (reader.Read() && problems.Count < MaxProblems)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckElement(reader, root, Add);
                        root = false;
                        if (reader is { LocalName: "style", NamespaceURI: SvgVocabulary.SvgNamespace, IsEmptyElement: false })
                        {
                            inStyle = reader.Depth + 1;
                        }

                        break;
                    case XmlNodeType.EndElement when inStyle > 0 && reader.Depth + 1 == inStyle:
                        inStyle = 0;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle > 0:
                        if (UnsafeCss(reader.Value) is { } css) Add(Messages.SvgStyleSheet.With(css));
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        Add(Messages.SvgProcessingInstruction.With(reader.Name));
                        break;
                }
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            problems.Add(new Problem(Math.Max(e.LineNumber, Math.Max(info.LineNumber, 1)), Math.Max(e.LinePosition, info.LinePosition), Messages.SvgDtd.With()));
        }
        catch (XmlException e)
        {
            problems.Add(new Problem(e.LineNumber, e.LinePosition, Messages.SvgNotWellFormed.With(e.Message.Split(" Line ")[0].TrimEnd('.', ','))));
        }

        return problems;
    }

    private static void CheckElement(XmlReader reader, bool root, Action<Message> add)
    {
        var ns = reader.NamespaceURI;
        var name = reader.LocalName;
        if (root && (name != "svg" || ns != SvgVocabulary.SvgNamespace))
        {
            add(Messages.SvgRoot.With(reader.Name, SvgVocabulary.SvgNamespace));
            return;
        }

        if (ns == SvgVocabulary.SvgNamespace ? !SvgVocabulary.Elements.Contains(name) : !SvgVocabulary.InertNamespaces.Contains(ns))
        {
            add(Messages.SvgElement.With(reader.Name));
        }

        var element = reader.Name;
        var isImage = name is "image" or "feImage" && ns == SvgVocabulary.SvgNamespace;
        var inert = SvgVocabulary.InertNamespaces.Contains(ns);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (AttributeProblem(reader.NamespaceURI, reader.LocalName, reader.Value, isImage, inert) is { } problem)
            {
                add(Messages.SvgAttribute.With(reader.Name, Shorten(reader.Value), element, problem));
            }
        }

        reader.MoveToElement();
    }

    /// <summary>
    /// An element of a drawing program's namespace (<paramref name="inert"/>) is plain XML to a browser, so its own
    /// settings pass; an event attribute never does, whatever it sits on.
    /// </summary>
    private static Message? AttributeProblem(string ns, string name, string value, bool isImage, bool inert)
    {
        var allowed = ns switch
        {
            "" when name.StartsWith("on", StringComparison.OrdinalIgnoreCase) => false,
            "" => SvgVocabulary.Attributes.Contains(name) || inert,
            SvgVocabulary.XmlnsNamespace => true,
            SvgVocabulary.XmlNamespace => name is "space" or "lang",
            SvgVocabulary.XLinkNamespace => name is "href" or "title",
            _ => SvgVocabulary.InertNamespaces.Contains(ns),
        };
        if (!allowed)
        {
            return Messages.SvgAttributeNotAllowed.With();
        }

        if (ns == SvgVocabulary.XmlnsNamespace)
        {
            return null;
        }

        if (name == "href" && ns is "" or SvgVocabulary.XLinkNamespace)
        {
            return SafeReference(value, isImage) ? null
                : Messages.SvgReferenceOutside.With();
        }

        return UnsafeCss(value) is { } css ? css : null;
    }

    private static bool SafeReference(string value, bool isImage)
    {
        var v = Squeeze(value);
        return v.StartsWith('#') || (isImage && EmbeddedRaster().IsMatch(v));
    }

    /// <summary>Style text may only refer to the drawing's own parts: url(#id); no imports, no script URLs.</summary>
    private static Message? UnsafeCss(string value)
    {
        if (value.Contains('\\'))
        {
            return Messages.SvgCssEscape.With();
        }

        var v = Squeeze(value).ToLowerInvariant();
        if (v.Contains("javascript:") || v.Contains("vbscript:") || v.Contains("expression("))
        {
            return Messages.SvgCssScript.With();
        }

        if (v.Contains("@import") || v.Contains("@font-face") || v.Contains("image-set(") || v.Contains("src(") || OutsideUrl().IsMatch(v))
        {
            return Messages.SvgCssOutside.With();
        }

        return null;
    }

    /// <summary>Browsers skip whitespace and control characters inside URLs and CSS in ways a plain match would not.</summary>
    private static string Squeeze(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex(@"url\((?!['""]?#)", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedRaster();
}
