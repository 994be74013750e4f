using System.Text.Json.Serialization;

namespace SiteGen.Caching;

/// <summary>
/// The cache's JSON, serialised by generated code: the reflection-based serialiser builds its converters with
/// Reflection.Emit at first use, which an incremental build paid for on every run before its first hit.
/// </summary>
[JsonSerializable(typeof(CacheEntryStore.Entry))]
[JsonSerializable(typeof(BlobStamps.Stamp[]))]
internal sealed partial class CacheJson : JsonSerializerContext;
