using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace SiteGen.Diagnostics;

/// <summary>Every catalogue entry of an assembly, by id: how the cache turns a stored id back into a message.</summary>
public static class MessageCatalogue
{
    private const BindingFlags StaticFields = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    // The core library's one catalogue class, named rather than searched for: the installed program is compiled
    // ahead of time and trimmed, and a named type keeps its fields where a search over the assembly finds nothing.
    private static readonly Lazy<Dictionary<string, MessageTemplate>> Core = new(() =>
        Entries(typeof(Messages)).ToDictionary(t => t.Id, StringComparer.Ordinal));

    /// <summary>The entries of every catalogue class of <paramref name="assembly"/> (for the catalogue tests).</summary>
    [RequiresUnreferencedCode("Searches the assembly's types; the tests use it on assemblies they load whole.")]
    public static IReadOnlyList<MessageTemplate> Entries(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<MessageCatalogueAttribute>() is not null)
            .SelectMany(EntriesOf)];

    /// <summary>The entries of one catalogue class.</summary>
    public static IReadOnlyList<MessageTemplate> Entries(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] Type catalogue) =>
        [.. EntriesOf(catalogue)];

    /// <summary>The core library's entry with this id, or null (an id from an older SiteGen).</summary>
    public static MessageTemplate? Find(string id) => Core.Value.GetValueOrDefault(id);

    private static IEnumerable<MessageTemplate> EntriesOf(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)] Type catalogue) =>
        catalogue.GetFields(StaticFields)
            .Where(f => typeof(MessageTemplate).IsAssignableFrom(f.FieldType))
            .Select(f => (MessageTemplate)f.GetValue(null)!);
}
