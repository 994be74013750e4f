using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>
/// schema.org Report metadata as JSON-LD. The encoder keeps Chinese readable but escapes &lt; &gt; &amp; and
/// quotes, so no value can close the script element it sits in.
/// </summary>
public static class ReportJsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string For(ReportMetadata metadata, SiteSettings site, string url)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Report");
            json.WriteString("headline", metadata.Title);
            WriteIfPresent(json, "alternativeHeadline", metadata.Subtitle);
            WriteIfPresent(json, "description", metadata.Description);
            json.WriteString("datePublished", metadata.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("inLanguage", metadata.Lang);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            if (!metadata.Keywords.IsEmpty)
            {
                json.WriteString("keywords", string.Join(", ", metadata.Keywords));
            }

            json.WritePropertyName("author");
            WriteParty(json, string.IsNullOrWhiteSpace(metadata.Organization) && metadata.Author is { Length: > 0 } ? "Person" : "Organization", CitationText.Creator(metadata, site));
            var publisher = metadata.Organization ?? site.Publisher;
            if (!string.IsNullOrWhiteSpace(publisher))
            {
                json.WritePropertyName("publisher");
                WriteParty(json, "Organization", publisher);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void WriteParty(Utf8JsonWriter json, string type, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }
}
