using System.Runtime.InteropServices;

namespace SiteGen.Typesetting.Fonts;

/// <summary>The few HarfBuzz entry points we need, from the native library HarfBuzzSharp ships.</summary>
internal static partial class HarfBuzzNative
{
    private const string Lib = "libHarfBuzzSharp";

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr hb_blob_create_from_file_or_fail(string fileName);
    [LibraryImport(Lib)] internal static partial IntPtr hb_blob_create(IntPtr data, uint length, uint mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Lib)] internal static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Lib)] internal static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Lib)] internal static partial uint hb_face_count(IntPtr blob);
    [LibraryImport(Lib)] internal static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Lib)] internal static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] internal static partial uint hb_face_get_upem(IntPtr face);
    [LibraryImport(Lib)] internal static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Lib)] internal static partial IntPtr hb_font_create(IntPtr face);
    [LibraryImport(Lib)] internal static partial void hb_font_destroy(IntPtr font);
    [LibraryImport(Lib)]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial int hb_font_get_nominal_glyph(IntPtr font, uint unicode, out uint glyph);
    [LibraryImport(Lib)] internal static partial int hb_font_get_glyph_h_advance(IntPtr font, uint glyph);
    [LibraryImport(Lib)] internal static partial void hb_font_set_scale(IntPtr font, int xScale, int yScale);
    [LibraryImport(Lib)] internal static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Lib)] internal static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Lib)] internal static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Lib)] internal static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Lib)] internal static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Lib)] internal static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Lib)] private static partial IntPtr hb_version_string();

    /// <summary>The native library's own version ("8.3.0"): part of the build cache's key, as it measures and subsets.</summary>
    internal static string Version => Marshal.PtrToStringUTF8(hb_version_string()) ?? "?";

    internal static byte[] CopyBlob(IntPtr blob)
    {
        var data = hb_blob_get_data(blob, out var length);
        var bytes = new byte[length];
        if (length > 0) Marshal.Copy(data, bytes, 0, (int)length);
        return bytes;
    }
}
