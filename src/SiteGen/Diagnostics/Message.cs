using System.Globalization;

namespace SiteGen.Diagnostics;

/// <summary>
/// Something SiteGen tells its user: a catalogue entry and its arguments, put into words only when printed, in
/// the language the user chose. Made only by a <see cref="MessageTemplate"/> of the catalogue, so no caller can
/// pass a sentence in one language. Arguments are text (file names, values quoted from a report, numbers
/// already written out) or other messages, which are rendered in the same language.
/// </summary>
public sealed class Message : IEquatable<Message>
{
    private readonly MessageTemplate _template;
    private readonly object[] _args;

    internal Message(MessageTemplate template, object[] args)
    {
        _template = template;
        _args = args;
    }

    /// <summary>The catalogue id, stable across versions and languages (the cache stores it).</summary>
    public string Id => _template.Id;

    /// <summary>Each argument: a <see cref="string"/> or a <see cref="Message"/>.</summary>
    public IReadOnlyList<object> Args => _args;

    public string Render(MessageLanguage language)
    {
        if (_args.Length == 0) return _template.Text(language);
        var rendered = new object[_args.Length];
        for (var i = 0; i < _args.Length; i++)
            rendered[i] = _args[i] is Message inner ? inner.Render(language) : _args[i];
        return string.Format(CultureInfo.InvariantCulture, _template.Text(language), rendered);
    }

    /// <summary>English, the language of logs, tests and golden files.</summary>
    public override string ToString() => Render(MessageLanguage.English);

    public bool Equals(Message? other) =>
        other is not null && ReferenceEquals(_template, other._template) && _args.SequenceEqual(other._args);

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        foreach (var arg in _args) hash.Add(arg);
        return hash.ToHashCode();
    }

    /// <summary>An argument as a message holds it: numbers written the invariant way, so both languages show the same digits.</summary>
    internal static object Arg<T>(T value) where T : notnull => value switch
    {
        Message message => message,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
