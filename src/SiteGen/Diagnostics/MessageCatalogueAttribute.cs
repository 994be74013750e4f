namespace SiteGen.Diagnostics;

/// <summary>Marks a static class whose <see cref="MessageTemplate"/> fields are catalogue entries (found by the tests and the cache).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageCatalogueAttribute : Attribute;
