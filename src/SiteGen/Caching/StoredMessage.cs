using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Caching;

/// <summary>
/// A cached warning's message as entry.json holds it: the catalogue id and its arguments, so a warning replayed
/// from the cache is printed in the language of the build that replays it, not of the one that stored it.
/// </summary>
internal sealed record StoredMessage(string Id, StoredArg[] Args)
{
    public static StoredMessage From(Message message) =>
        new(message.Id, [.. message.Args.Select(a => a is Message inner ? new StoredArg(null, From(inner)) : new StoredArg((string)a, null))]);

    /// <summary>The message again; an id this SiteGen does not know makes the entry unreadable (a cache miss).</summary>
    public Message ToMessage()
    {
        var template = MessageCatalogue.Find(Id) ?? throw new JsonException($"unknown message id {Id}");
        var args = Args.Select(a => a.Message?.ToMessage() ?? (object?)a.Text ?? throw new JsonException($"empty argument of {Id}")).ToArray();
        try
        {
            return template.Restore(args);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}

/// <summary>One argument: text, or a message of its own.</summary>
internal sealed record StoredArg(string? Text, StoredMessage? Message);
