using System.Globalization;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Follows the text line matrix through a content stream (ISO 32000-1 §9.4.2), so a text object can be ended and
/// begun again at the same place. Only the line matrix is restored: positioning operators work from it, but a
/// glyph shown right after the restart, with no positioning in between, would start at the line's origin instead
/// of after the previous glyph; PDFsharp positions every run, and we refuse (as a bug) anything else.
/// </summary>
internal sealed class TextState
{
    private double _a = 1, _b, _c, _d = 1, _e, _f;
    private double _leading;
    private bool _shownSinceMove;
    private bool _restartedAfterShow;
    private bool _fresh;

    public bool InText { get; private set; }
    /// <summary>The text object was ended for a mark and is begun again before the next operator.</summary>
    public bool Suspended { get; private set; }

    /// <summary>BT: written lazily, at the first operator that is not a mark, so no empty text object is left behind.</summary>
    public void Begin()
    {
        InText = true;
        Suspended = true;
        _fresh = true;
        (_a, _b, _c, _d, _e, _f) = (1, 0, 0, 1, 0, 0);
        _shownSinceMove = _restartedAfterShow = false;
    }

    public void End() => InText = Suspended = false;

    public void Suspend() => Suspended = true;

    public void Resume()
    {
        Suspended = false;
        _fresh = false;
        _restartedAfterShow = _shownSinceMove;
    }

    /// <summary>What begins the text object again: BT, and the line matrix unless it is still the identity of a new BT.</summary>
    public string Restart() => _fresh ? "BT\n" : "BT\n" + MatrixOperands() + " Tm\n";

    private string MatrixOperands() => string.Join(' ', new[] { _a, _b, _c, _d, _e, _f }.Select(Number));

    public void Track(ContentOp op)
    {
        switch (op.Operator)
        {
            case "Td": Move(Arg(op, 0), Arg(op, 1)); break;
            case "TD": _leading = -Arg(op, 1); Move(Arg(op, 0), Arg(op, 1)); break;
            case "TL": _leading = Arg(op, 0); break;
            case "T*": Move(0, -_leading); break;
            case "Tm":
                (_a, _b, _c, _d, _e, _f) = (Arg(op, 0), Arg(op, 1), Arg(op, 2), Arg(op, 3), Arg(op, 4), Arg(op, 5));
                _shownSinceMove = _restartedAfterShow = false;
                break;
            case "'" or "\"": Move(0, -_leading); Show(); break;
            case "Tj" or "TJ": Show(); break;
        }
    }

    private void Show()
    {
        if (_restartedAfterShow)
            throw new InvalidOperationException("A text object was restarted for marked content between two glyph runs with no positioning; its position would be lost.");
        _shownSinceMove = true;
    }

    private void Move(double tx, double ty)
    {
        _e += tx * _a + ty * _c;
        _f += tx * _b + ty * _d;
        _shownSinceMove = _restartedAfterShow = false;
    }

    private static double Arg(ContentOp op, int i) => double.Parse(op.Args[i], NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Number(double v) => Math.Round(v, 5).ToString("0.#####", CultureInfo.InvariantCulture);
}
