using System.Reflection;

namespace SiteGen.Diagnostics;

/// <summary>Every catalogue entry of an assembly, by id: how the cache turns a stored id back into a message.</summary>
public static class MessageCatalogue
{
    private static readonly Lazy<Dictionary<string, MessageTemplate>> Core = new(() => Index(typeof(MessageCatalogue).Assembly));

    public static IReadOnlyList<MessageTemplate> Entries(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<MessageCatalogueAttribute>() is not null)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => typeof(MessageTemplate).IsAssignableFrom(f.FieldType))
            .Select(f => (MessageTemplate)f.GetValue(null)!)];

    /// <summary>The core library's entry with this id, or null (an id from an older SiteGen).</summary>
    public static MessageTemplate? Find(string id) => Core.Value.GetValueOrDefault(id);

    private static Dictionary<string, MessageTemplate> Index(Assembly assembly) =>
        Entries(assembly).ToDictionary(t => t.Id, StringComparer.Ordinal);
}
