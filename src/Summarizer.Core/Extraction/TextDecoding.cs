using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction;

/// <summary>
/// Turns page bytes into text: a BOM, then the declared charset (transport, then <c>meta</c>), else UTF-8 when valid, else
/// the bytes decide. A declaration the bytes contradict — a single-byte charset that turns the text into Latin-1
/// mojibake, or UTF-8 with invalid sequences — is overruled by <see cref="CharsetCheck"/>: old Arabic sites declare
/// windows-1252 over windows-1256 bytes, and a wrongly decoded page must not be summarized as if it were text.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
        }

        var encoding = Lookup(declaredCharset) ?? Lookup(SniffMetaCharset(bytes));
        if (encoding is null)
        {
            return IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : (CharsetCheck.Detect(bytes, null) ?? Encoding.GetEncoding(1256)).GetString(bytes);
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : (CharsetCheck.Detect(bytes, encoding) ?? encoding).GetString(bytes);
        }

        var text = encoding.GetString(bytes);
        return encoding.IsSingleByte && CharsetCheck.LooksMisdecoded(text) && CharsetCheck.Detect(bytes, encoding) is { } better
            ? better.GetString(bytes)
            : text;
    }

    private static Encoding? Lookup(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers treat these labels as windows-1256/1252 per the WHATWG encoding standard.
        name = name switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "cp1256" or "x-cp1256" => "windows-1256",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown labels, and UTF-7 (disabled in .NET): decode as if nothing was declared.
            return null;
        }
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([\w\-:]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
