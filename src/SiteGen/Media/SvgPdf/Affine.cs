using System.Globalization;

namespace SiteGen.Media.SvgPdf;

/// <summary>An SVG transform matrix [a c e; b d f; 0 0 1]: x' = a x + c y + e, y' = b x + d y + f.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform applied after <paramref name="inner"/> (SVG: the parent's matrix times the child's).</summary>
    public Affine Then(Affine inner) => new(
        A * inner.A + C * inner.B, B * inner.A + D * inner.B,
        A * inner.C + C * inner.D, B * inner.C + D * inner.D,
        A * inner.E + C * inner.F + E, B * inner.E + D * inner.F + F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How much the transform scales lengths on average (stroke widths, font sizes).</summary>
    public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));

    /// <summary>The turn of the x axis, degrees clockwise in SVG's y-down space.</summary>
    public double Rotation => Math.Atan2(B, A) * 180 / Math.PI;

    /// <summary>Parses a transform list ("translate(10 20) rotate(45)"); null when it is not one.</summary>
    public static Affine? Parse(string text)
    {
        var result = Identity;
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0)
        {
            var open = rest.IndexOf('(');
            var close = rest.IndexOf(')');
            if (open <= 0 || close < open) return null;
            var name = rest[..open].Trim().ToString();
            var args = Numbers(rest[(open + 1)..close].ToString());
            if (args is null) return null;
            Affine? step = (name, args.Count) switch
            {
                ("matrix", 6) => new Affine(args[0], args[1], args[2], args[3], args[4], args[5]),
                ("translate", 1) => new Affine(1, 0, 0, 1, args[0], 0),
                ("translate", 2) => new Affine(1, 0, 0, 1, args[0], args[1]),
                ("scale", 1) => new Affine(args[0], 0, 0, args[0], 0, 0),
                ("scale", 2) => new Affine(args[0], 0, 0, args[1], 0, 0),
                ("rotate", 1) => Rotate(args[0]),
                ("rotate", 3) => new Affine(1, 0, 0, 1, args[1], args[2]).Then(Rotate(args[0])).Then(new Affine(1, 0, 0, 1, -args[1], -args[2])),
                ("skewX", 1) => new Affine(1, 0, Math.Tan(args[0] * Math.PI / 180), 1, 0, 0),
                ("skewY", 1) => new Affine(1, Math.Tan(args[0] * Math.PI / 180), 0, 1, 0, 0),
                _ => null,
            };
            if (step is null) return null;
            result = result.Then(step.Value);
            rest = rest[(close + 1)..].TrimStart(" \t\r\n,");
        }
        return result;
    }

    private static Affine Rotate(double degrees)
    {
        var r = degrees * Math.PI / 180;
        return new Affine(Math.Cos(r), Math.Sin(r), -Math.Sin(r), Math.Cos(r), 0, 0);
    }

    /// <summary>Numbers separated by commas and/or white space; null when something else stands between them.</summary>
    public static List<double>? Numbers(string text)
    {
        var list = new List<double>();
        foreach (var part in text.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v)) return null;
            list.Add(v);
        }
        return list;
    }
}
