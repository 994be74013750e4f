using System.Runtime.CompilerServices;

namespace SiteGen.Diagnostics;

/// <summary>
/// One entry of the message catalogue: the same sentence in English and Chinese, with numbered placeholders
/// ({0}, {1} …, the same set in both) that the typed <c>With</c> of its subclass fills. Entries are static
/// fields of a class marked <see cref="MessageCatalogueAttribute"/>; the field's name is the id.
/// </summary>
public abstract class MessageTemplate
{
    private protected MessageTemplate(string en, string zh, int arity, string id)
    {
        English = en;
        Chinese = zh;
        Arity = arity;
        Id = id;
    }

    public string Id { get; }
    public string English { get; }
    public string Chinese { get; }

    /// <summary>How many arguments <c>With</c> takes, and so which placeholders both texts must hold.</summary>
    public int Arity { get; }

    public string Text(MessageLanguage language) => language == MessageLanguage.Chinese ? Chinese : English;

    /// <summary>A message from arguments read back from storage (the cache); their count must be right.</summary>
    internal Message Restore(object[] args) =>
        args.Length == Arity ? new Message(this, args) : throw new FormatException($"message {Id} takes {Arity} arguments, not {args.Length}");

    private protected Message Make(params object[] args) => new(this, args);
}

/// <summary>A message with no arguments.</summary>
public sealed class Msg(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 0, id)
{
    public Message With() => Make();
}

public sealed class Msg<T1>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 1, id)
    where T1 : notnull
{
    public Message With(T1 a) => Make(Message.Arg(a));
}

public sealed class Msg<T1, T2>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 2, id)
    where T1 : notnull where T2 : notnull
{
    public Message With(T1 a, T2 b) => Make(Message.Arg(a), Message.Arg(b));
}

public sealed class Msg<T1, T2, T3>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 3, id)
    where T1 : notnull where T2 : notnull where T3 : notnull
{
    public Message With(T1 a, T2 b, T3 c) => Make(Message.Arg(a), Message.Arg(b), Message.Arg(c));
}

public sealed class Msg<T1, T2, T3, T4>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 4, id)
    where T1 : notnull where T2 : notnull where T3 : notnull where T4 : notnull
{
    public Message With(T1 a, T2 b, T3 c, T4 d) => Make(Message.Arg(a), Message.Arg(b), Message.Arg(c), Message.Arg(d));
}

public sealed class Msg<T1, T2, T3, T4, T5>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 5, id)
    where T1 : notnull where T2 : notnull where T3 : notnull where T4 : notnull where T5 : notnull
{
    public Message With(T1 a, T2 b, T3 c, T4 d, T5 e) => Make(Message.Arg(a), Message.Arg(b), Message.Arg(c), Message.Arg(d), Message.Arg(e));
}

public sealed class Msg<T1, T2, T3, T4, T5, T6>(string en, string zh, [CallerMemberName] string id = "") : MessageTemplate(en, zh, 6, id)
    where T1 : notnull where T2 : notnull where T3 : notnull where T4 : notnull where T5 : notnull where T6 : notnull
{
    public Message With(T1 a, T2 b, T3 c, T4 d, T5 e, T6 f) =>
        Make(Message.Arg(a), Message.Arg(b), Message.Arg(c), Message.Arg(d), Message.Arg(e), Message.Arg(f));
}
