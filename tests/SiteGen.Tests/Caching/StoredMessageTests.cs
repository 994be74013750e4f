using System.Text.Json;
using SiteGen.Caching;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Caching;

public sealed class StoredMessageTests
{
    [Fact]
    public void A_cached_warning_comes_back_as_the_same_message_and_is_worded_by_the_build_that_replays_it()
    {
        var message = Messages.SplitParagraph.With("结尾", Messages.NextFigure.With(), 7);

        var json = JsonSerializer.Serialize(StoredMessage.From(message));
        var back = JsonSerializer.Deserialize<StoredMessage>(json)!.ToMessage();

        Assert.Equal(message, back);
        Assert.Equal(message.Render(MessageLanguage.Chinese), back.Render(MessageLanguage.Chinese));
    }

    [Theory]
    [InlineData("{\"Id\":\"NoSuchMessage\",\"Args\":[]}")]
    [InlineData("{\"Id\":\"ImageNotFound\",\"Args\":[{\"Text\":\"only one\",\"Message\":null}]}")]
    public void An_entry_this_version_cannot_word_is_unreadable_so_a_miss(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StoredMessage>(json)!.ToMessage());
}
