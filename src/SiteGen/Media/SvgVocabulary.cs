using System.Collections.Frozen;

namespace SiteGen.Media;

/// <summary>
/// The part of SVG a published drawing may use: shapes, text, paint, gradients, clipping, masks and filters.
/// Left out on purpose: script, foreignObject (it embeds HTML), the animation elements (they can set an href
/// to a script URL after loading), and every event attribute. Names are case-sensitive, as in SVG.
/// </summary>
internal static class SvgVocabulary
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XLinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "a", "view", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "image",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
        "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
        "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "style", "transform", "version", "baseProfile", "viewBox", "preserveAspectRatio",
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height",
        "d", "points", "pathLength", "href",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
        "display", "visibility", "overflow", "paint-order", "vector-effect", "mix-blend-mode", "isolation",
        "shape-rendering", "text-rendering", "image-rendering", "color-interpolation",
        "color-interpolation-filters", "enable-background",
        "font", "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
        "word-spacing", "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate",
        "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "clip-path", "clip-rule",
        "clip", "mask", "maskUnits", "maskContentUnits", "mask-type", "marker-start", "marker-mid", "marker-end",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "filter", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type",
        "values", "operator", "k1", "k2", "k3", "k4", "flood-color", "flood-opacity", "lighting-color",
        "kernelMatrix", "order", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength",
        "preserveAlpha", "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent", "azimuth",
        "elevation", "pointsAtX", "pointsAtY", "pointsAtZ", "z", "limitingConeAngle", "scale",
        "xChannelSelector", "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles", "radius",
        "tableValues", "slope", "intercept", "amplitude", "exponent",
        "requiredFeatures", "requiredExtensions", "systemLanguage", "role", "aria-label", "aria-hidden",
        "aria-labelledby", "aria-describedby", "lang", "focusable", "media",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Drawing programs keep their own data in these namespaces. Browsers treat such elements and attributes
    /// as plain XML that neither renders nor runs, so an Inkscape or Illustrator file may keep them.
    /// </summary>
    public static readonly FrozenSet<string> InertNamespaces = FrozenSet.ToFrozenSet(
    [
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://ns.adobe.com/AdobeIllustrator/10.0/",
        "http://ns.adobe.com/Graphs/1.0/",
        "http://ns.adobe.com/SaveForWeb/1.0/",
        "http://ns.adobe.com/Extensibility/1.0/",
        "http://ns.adobe.com/Variables/1.0/",
        "http://ns.adobe.com/ImageReplacement/1.0/",
        "http://ns.adobe.com/Flows/1.0/",
        "http://www.bohemiancoding.com/sketch/ns",
    ], StringComparer.Ordinal);
}
