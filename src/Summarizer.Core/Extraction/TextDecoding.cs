using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction;

/// <summary>Turns page bytes into text: BOM, then the declared charset, then a <c>meta</c> charset, then UTF-8 if valid, else windows-1256.</summary>
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
        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }

        return IsValidUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1256).GetString(bytes);
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
