using System.IO.Compression;
using System.Text;
using Summarizer.Fetching;
using Summarizer.Pipeline;

namespace Summarizer.Cli.Inputs;

/// <summary>Reads a page from a file or stdin, decides whether it is HTML or plain text, and refuses binary data.</summary>
internal static class PageFileReader
{
    /// <summary>A bound for local input (files, stdin, and what they decompress to), so it cannot exhaust memory.</summary>
    private const long MaxBytes = 50L * 1024 * 1024;

    public static ArticleInput FromFile(string path)
    {
        // Checked before opening: opening a FIFO blocks until a writer comes, and a device's size says nothing.
        if (FileKind.NotRegular(path) is { } kind)
        {
            throw new SummarizerException(FailureKind.BadInput, $"{path} is {kind}, not a regular file: only regular files are read");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                throw new SummarizerException(FailureKind.BadInput, $"the file is larger than {MaxBytes / 1024 / 1024} MB");
            }

            // Read under the cap too: a file that grows after the size check (or a device the check missed) stops there.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            bytes = ReadCapped(stream, "the file holds");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SummarizerException(FailureKind.BadInput, $"cannot read the file: {ex.Message}", ex);
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            bytes = Gunzip(bytes);
        }

        var url = new Uri(Path.GetFullPath(path));
        return ArticleInput.FromPage(InputResolver.IdForPath(path), path, Classify(bytes, url, path));
    }

    public static ArticleInput FromStdin(Func<Stream> openStdin)
    {
        using var stdin = openStdin();
        var bytes = ReadCapped(stdin, "stdin holds");
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            bytes = Gunzip(bytes);
        }

        return ArticleInput.FromPage("stdin", "-", Classify(bytes, null, "-"));
    }

    private static FetchedPage Classify(byte[] bytes, Uri? url, string name)
    {
        if (bytes.Length == 0)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "the input is empty");
        }

        if (LooksBinary(bytes))
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "the input is binary, not an HTML page or text");
        }

        var isHtml = InputResolver.IsPageName(name) || LooksLikeHtml(bytes);
        return new FetchedPage(url, bytes, isHtml ? "text/html" : "text/plain", null);
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith('<') &&
               (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>NUL bytes never occur in HTML or text in any single-byte or UTF-8 encoding.</summary>
    private static bool LooksBinary(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0)
                                                     && !(bytes[0] is 0xFF or 0xFE);

    private static byte[] Gunzip(byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return ReadCapped(gzip, "the file decompresses to");
        }
        catch (InvalidDataException ex)
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "the file is not valid gzip", ex);
        }
    }

    private static byte[] ReadCapped(Stream source, string what)
    {
        using var output = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk)) > 0)
        {
            if (output.Length + read > MaxBytes)
            {
                throw new SummarizerException(FailureKind.BadInput, $"{what} more than {MaxBytes / 1024 / 1024} MB");
            }

            output.Write(chunk, 0, read);
        }

        return output.ToArray();
    }
}
