using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Html.Pages;

/// <summary>
/// JSON-LD text for a script element. The encoder keeps Chinese readable but escapes &lt; &gt; &amp; and quotes,
/// so no value can close the script element it sits in.
/// </summary>
internal static class JsonLdText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static void WriteParty(Utf8JsonWriter json, string type, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    public static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }
}
