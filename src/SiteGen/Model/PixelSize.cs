namespace SiteGen.Model;

/// <summary>An image's intrinsic size in CSS pixels, as its file header states it.</summary>
public readonly record struct PixelSize(int Width, int Height);
