using System.Text.Json;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>A PDF's objects as qpdf --json (version 2) reports them, for structural assertions.</summary>
internal static class PdfJson
{
    /// <summary>The "obj:N 0 R" map: each object's "value" (or "stream" with its "dict").</summary>
    public static JsonElement Objects(string path)
    {
        var (exit, output, err) = PdfTool.Run("qpdf", "--json=2", "--json-key=qpdf", path);
        Assert.True(exit == 0, err);
        return JsonDocument.Parse(output).RootElement.GetProperty("qpdf")[1];
    }

    /// <summary>Every object's top-level dictionary (stream dictionaries included).</summary>
    public static IEnumerable<JsonElement> Dictionaries(JsonElement objects)
    {
        foreach (var o in objects.EnumerateObject())
        {
            if (!o.Name.StartsWith("obj:", StringComparison.Ordinal)) continue;
            if (o.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object) yield return v;
            else if (o.Value.TryGetProperty("stream", out var s)) yield return s.GetProperty("dict");
        }
    }

    public static JsonElement Resolve(JsonElement objects, JsonElement reference)
    {
        var o = objects.GetProperty("obj:" + reference.GetString());
        return o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream");
    }
}
