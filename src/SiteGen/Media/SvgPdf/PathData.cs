using System.Globalization;
using SiteGen.Typesetting.Model;

namespace SiteGen.Media.SvgPdf;

/// <summary>
/// SVG path data (the d attribute) to absolute moves, lines and cubic curves: quadratic curves are raised to cubic,
/// arcs are split into cubic pieces of at most a quarter turn, and everything is put through the element's transform.
/// </summary>
internal static class PathData
{
    /// <summary>The segments, or null with <paramref name="error"/> set when the data is malformed.</summary>
    public static List<PathSegment>? Parse(string d, Affine m, out Diagnostics.Message? error)
    {
        var output = new List<PathSegment>();
        var reader = new Reader(d);
        double x = 0, y = 0, startX = 0, startY = 0, lastCx = 0, lastCy = 0;
        var previous = ' ';
        var command = ' ';
        error = null;
        void Move(double px, double py) { var (a, b) = m.Apply(px, py); output.Add(PathSegment.MoveTo(a, b)); }
        void Line(double px, double py) { var (a, b) = m.Apply(px, py); output.Add(PathSegment.LineTo(a, b)); }
        void Cubic(double x1, double y1, double x2, double y2, double px, double py)
        {
            var (a1, b1) = m.Apply(x1, y1);
            var (a2, b2) = m.Apply(x2, y2);
            var (a, b) = m.Apply(px, py);
            output.Add(PathSegment.CurveTo(a1, b1, a2, b2, a, b));
        }

        while (true)
        {
            reader.SkipSeparators();
            if (reader.AtEnd) break;
            if (reader.PeekLetter() is { } letter)
            {
                command = letter;
                reader.Advance();
            }
            else if (command is ' ' or 'z' or 'Z')
            {
                error = Diagnostics.Messages.SvgPathNumberForCommand.With(reader.Position + 1);
                return null;
            }
            var rel = char.IsLower(command);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    if (!reader.Numbers(2, out var mv)) break;
                    x = ox + mv[0]; y = oy + mv[1]; startX = x; startY = y;
                    Move(x, y);
                    command = rel ? 'l' : 'L'; // further pairs are lines
                    previous = 'M';
                    continue;
                case 'L':
                    if (!reader.Numbers(2, out var lv)) break;
                    x = ox + lv[0]; y = oy + lv[1]; Line(x, y);
                    break;
                case 'H':
                    if (!reader.Numbers(1, out var hv)) break;
                    x = ox + hv[0]; Line(x, y);
                    break;
                case 'V':
                    if (!reader.Numbers(1, out var vv)) break;
                    y = oy + vv[0]; Line(x, y);
                    break;
                case 'C':
                    if (!reader.Numbers(6, out var cv)) break;
                    Cubic(ox + cv[0], oy + cv[1], ox + cv[2], oy + cv[3], ox + cv[4], oy + cv[5]);
                    lastCx = ox + cv[2]; lastCy = oy + cv[3]; x = ox + cv[4]; y = oy + cv[5];
                    break;
                case 'S':
                    if (!reader.Numbers(4, out var sv)) break;
                    var (rx1, ry1) = previous is 'C' or 'S' ? (2 * x - lastCx, 2 * y - lastCy) : (x, y);
                    Cubic(rx1, ry1, ox + sv[0], oy + sv[1], ox + sv[2], oy + sv[3]);
                    lastCx = ox + sv[0]; lastCy = oy + sv[1]; x = ox + sv[2]; y = oy + sv[3];
                    break;
                case 'Q':
                    if (!reader.Numbers(4, out var qv)) break;
                    Quadratic(ox + qv[0], oy + qv[1], ox + qv[2], oy + qv[3]);
                    break;
                case 'T':
                    if (!reader.Numbers(2, out var tv)) break;
                    var (qx, qy) = previous is 'Q' or 'T' ? (2 * x - lastCx, 2 * y - lastCy) : (x, y);
                    Quadratic(qx, qy, ox + tv[0], oy + tv[1]);
                    break;
                case 'A':
                    if (!reader.Arc(out var av)) break;
                    Arc(av[0], av[1], av[2], av[3] != 0, av[4] != 0, ox + av[5], oy + av[6]);
                    break;
                case 'Z':
                    output.Add(PathSegment.Close);
                    x = startX; y = startY;
                    previous = 'Z';
                    continue;
                default:
                    error = Diagnostics.Messages.SvgPathUnknownCommand.With(Diagnostics.MessageText.Value(command.ToString()));
                    return null;
            }
            if (reader.Failed)
            {
                error = Diagnostics.Messages.SvgPathMalformed.With(reader.Position + 1);
                return null;
            }
            previous = char.ToUpperInvariant(command);
        }
        return output;

        void Quadratic(double cx, double cy, double px, double py)
        {
            Cubic(x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), px + 2.0 / 3 * (cx - px), py + 2.0 / 3 * (cy - py), px, py);
            lastCx = cx; lastCy = cy; x = px; y = py;
        }

        // SVG 1.1 appendix F.6: endpoint to centre parameterisation, then cubic pieces.
        void Arc(double rx, double ry, double angle, bool large, bool sweep, double px, double py)
        {
            if ((px == x && py == y)) return;
            rx = Math.Abs(rx); ry = Math.Abs(ry);
            if (rx == 0 || ry == 0) { Line(px, py); x = px; y = py; return; }
            var phi = angle * Math.PI / 180;
            var cos = Math.Cos(phi);
            var sin = Math.Sin(phi);
            var dx = (x - px) / 2; var dy = (y - py) / 2;
            var x1 = cos * dx + sin * dy; var y1 = -sin * dx + cos * dy;
            var lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
            if (lambda > 1) { rx *= Math.Sqrt(lambda); ry *= Math.Sqrt(lambda); }
            var num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
            var den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
            var coef = (large == sweep ? -1 : 1) * Math.Sqrt(Math.Max(0, num / den));
            var cx1 = coef * rx * y1 / ry; var cy1 = -coef * ry * x1 / rx;
            var cx = cos * cx1 - sin * cy1 + (x + px) / 2;
            var cy = sin * cx1 + cos * cy1 + (y + py) / 2;
            var theta = Angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
            var delta = Angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
            if (!sweep && delta > 0) delta -= 2 * Math.PI;
            else if (sweep && delta < 0) delta += 2 * Math.PI;
            var pieces = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
            var step = delta / pieces;
            var t = 4.0 / 3 * Math.Tan(step / 4);
            for (var i = 0; i < pieces; i++)
            {
                var a1 = theta + i * step; var a2 = a1 + step;
                double Ex(double a) => cx + rx * Math.Cos(a) * cos - ry * Math.Sin(a) * sin;
                double Ey(double a) => cy + rx * Math.Cos(a) * sin + ry * Math.Sin(a) * cos;
                double Dx(double a) => -rx * Math.Sin(a) * cos - ry * Math.Cos(a) * sin;
                double Dy(double a) => -rx * Math.Sin(a) * sin + ry * Math.Cos(a) * cos;
                Cubic(Ex(a1) + t * Dx(a1), Ey(a1) + t * Dy(a1), Ex(a2) - t * Dx(a2), Ey(a2) - t * Dy(a2), Ex(a2), Ey(a2));
            }
            x = px; y = py;
        }
    }

    private static double Angle(double ux, double uy, double vx, double vy)
    {
        var a = Math.Atan2(uy, ux);
        var b = Math.Atan2(vy, vx);
        var d = b - a;
        while (d > Math.PI) d -= 2 * Math.PI;
        while (d < -Math.PI) d += 2 * Math.PI;
        return d;
    }

    /// <summary>Reads numbers and flags from path data, SVG's compact forms included ("1.5.5", "10-5", arc flags "01").</summary>
    private sealed class Reader(string text)
    {
        public int Position { get; private set; }
        public bool Failed { get; private set; }
        public bool AtEnd => Position >= text.Length;

        public void Advance() => Position++;

        public void SkipSeparators()
        {
            while (!AtEnd && (char.IsWhiteSpace(text[Position]) || text[Position] == ',')) Position++;
        }

        public char? PeekLetter()
        {
            var c = text[Position];
            return char.IsAsciiLetter(c) && c is not ('e' or 'E') ? c : null;
        }

        public bool Numbers(int count, out double[] values)
        {
            values = new double[count];
            for (var i = 0; i < count; i++)
            {
                SkipSeparators();
                if (Number() is not { } v) { Failed = true; return false; }
                values[i] = v;
            }
            return true;
        }

        public bool Arc(out double[] values)
        {
            values = new double[7];
            for (var i = 0; i < 7; i++)
            {
                SkipSeparators();
                double? v = i is 3 or 4 ? Flag() : Number();
                if (v is null) { Failed = true; return false; }
                values[i] = v.Value;
            }
            return true;
        }

        private double? Flag()
        {
            if (AtEnd || text[Position] is not ('0' or '1')) return null;
            return text[Position++] - '0';
        }

        private double? Number()
        {
            var start = Position;
            if (!AtEnd && text[Position] is '+' or '-') Position++;
            var digits = false;
            while (!AtEnd && char.IsAsciiDigit(text[Position])) { Position++; digits = true; }
            if (!AtEnd && text[Position] == '.')
            {
                Position++;
                while (!AtEnd && char.IsAsciiDigit(text[Position])) { Position++; digits = true; }
            }
            if (!digits) { Position = start; return null; }
            if (!AtEnd && text[Position] is 'e' or 'E')
            {
                var mark = Position++;
                if (!AtEnd && text[Position] is '+' or '-') Position++;
                if (AtEnd || !char.IsAsciiDigit(text[Position])) Position = mark;
                else while (!AtEnd && char.IsAsciiDigit(text[Position])) Position++;
            }
            var ok = double.TryParse(text.AsSpan(start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var v);
            return ok && double.IsFinite(v) ? v : null;
        }
    }
}
