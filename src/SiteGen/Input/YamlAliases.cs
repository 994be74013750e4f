using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Input;

/// <summary>
/// YAML anchors and aliases (&amp;a, *a) let a few lines stand for an exponentially large tree (ten nested lists of
/// ten aliases each are 10¹⁰ values): anything that walks the values then never ends. No setting SiteGen reads
/// needs them, so front matter, site.yml and edition files refuse them at the first one, before any walk.
/// </summary>
internal static class YamlAliases
{
    /// <summary>Where the first anchor or alias of <paramref name="yaml"/> stands, or null when it has none.</summary>
    /// <exception cref="YamlException">The text is not YAML; the caller reports that as it always has.</exception>
    public static Mark? First(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return alias.Start;
                case NodeEvent { Anchor.IsEmpty: false } node:
                    return node.Start;
            }
        }

        return null;
    }
}
