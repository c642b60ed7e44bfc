using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Storage;

/// <summary>The identity of an article's text: SHA-256 of the text with whitespace collapsed.</summary>
public static class ContentHash
{
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = Text.Whitespace.Collapse(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(collapsed)));
    }
}
