namespace Summarizer.Extraction;

/// <summary>
/// Recognizes binary formats by their first bytes (the WHATWG MIME-sniffing signatures), whatever the server said:
/// a PDF or an image served as <c>text/html</c> is still not a page to extract.
/// </summary>
internal static class ContentSniffer
{
    private static readonly (byte[] Magic, int Offset, string Name)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), 0, "a PDF document (application/pdf)"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image (image/png)"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image (image/jpeg)"),
        ("GIF87a"u8.ToArray(), 0, "a GIF image (image/gif)"),
        ("GIF89a"u8.ToArray(), 0, "a GIF image (image/gif)"),
        ("WEBP"u8.ToArray(), 8, "a WebP image (image/webp)"),
        ("WAVE"u8.ToArray(), 8, "a WAV audio file (audio/wav)"),
        ("AVI "u8.ToArray(), 8, "an AVI video (video/x-msvideo)"),
        ("ftyp"u8.ToArray(), 4, "an MP4 video or audio file (video/mp4)"),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "a WebM/Matroska video (video/webm)"),
        ("OggS"u8.ToArray(), 0, "an Ogg audio or video file (audio/ogg)"),
        ("ID3"u8.ToArray(), 0, "an MP3 audio file (audio/mpeg)"),
        ("fLaC"u8.ToArray(), 0, "a FLAC audio file (audio/flac)"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "a ZIP archive or office document (application/zip)"),
        ([0x1F, 0x8B], 0, "gzip-compressed data (application/gzip)"),
        ([0x00, 0x00, 0x01, 0x00], 0, "an icon (image/x-icon)"),
        ("wOFF"u8.ToArray(), 0, "a web font (font/woff)"),
        ("wOF2"u8.ToArray(), 0, "a web font (font/woff2)"),
    ];

    /// <summary>What the bytes are when they start with a known binary signature; null for anything else.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, offset, name) in Signatures)
        {
            if (content.Length >= offset + magic.Length && content.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        // Not the bare MPEG frame sync (FF Ex/Fx): a UTF-16LE byte order mark (FF FE) starts that way too.
        return null;
    }
}
