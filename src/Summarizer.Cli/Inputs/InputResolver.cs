using Summarizer.Pipeline;

namespace Summarizer.Cli.Inputs;

/// <summary>
/// Turns command-line arguments into pipeline inputs: URLs, page files, text files, directories of pages, or stdin.
/// Each argument becomes inputs or one failure; a bad argument never hides the good ones.
/// </summary>
internal sealed class InputResolver(Func<Stream> openStdin)
{
    /// <summary>Names that are read as HTML pages (and expanded from directories).</summary>
    public static readonly string[] PageSuffixes = [".html.gz", ".htm.gz", ".html", ".htm"];

    public static bool IsPageName(string name) => PageSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ResolvedInput> Resolve(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            foreach (var resolved in ResolveOne(argument))
            {
                yield return resolved;
            }
        }
    }

    /// <summary>How many inputs <see cref="Resolve"/> will yield, without reading any of them (for a progress bar).</summary>
    public static int Count(IEnumerable<string> arguments) =>
        arguments.Sum(argument => !argument.Contains("://", StringComparison.Ordinal) && Directory.Exists(argument)
            ? Math.Max(1, Directory.EnumerateFiles(argument).Count(IsPageName))
            : 1);

    private IEnumerable<ResolvedInput> ResolveOne(string argument)
    {
        if (argument == "-")
        {
            yield return Load(argument, () => PageFileReader.FromStdin(openStdin));
            yield break;
        }

        if (TryParseUrl(argument, out var url) && url.Scheme != Uri.UriSchemeFile)
        {
            yield return url.Scheme is "http" or "https"
                ? new ResolvedInput(argument, ArticleInput.FromUrl(url), null)
                : Failed(argument, FailureKind.BadInput, $"unsupported URL scheme '{url.Scheme}': use http, https, a file path or -");
            yield break;
        }

        var path = url?.Scheme == Uri.UriSchemeFile ? url.LocalPath : argument;
        if (Directory.Exists(path))
        {
            var pages = Directory.EnumerateFiles(path)
                .Where(IsPageName)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (pages.Count == 0)
            {
                yield return Failed(argument, FailureKind.BadInput, "the directory holds no .html, .htm or .html.gz pages");
            }

            foreach (var page in pages)
            {
                yield return Load(page, () => PageFileReader.FromFile(page));
            }

            yield break;
        }

        yield return File.Exists(path)
            ? Load(argument, () => PageFileReader.FromFile(path))
            : Failed(argument, FailureKind.BadInput, "no such file or directory");
    }

    /// <summary>An id is the file name without its page extension, so results line up with dataset ids.</summary>
    public static string IdForPath(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in PageSuffixes.Append(".txt"))
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static ResolvedInput Load(string source, Func<ArticleInput> load)
    {
        try
        {
            return new ResolvedInput(source, load(), null);
        }
        catch (SummarizerException ex)
        {
            return new ResolvedInput(source, null, ex);
        }
    }

    private static ResolvedInput Failed(string source, FailureKind kind, string reason) =>
        new(source, null, new SummarizerException(kind, reason));

    private static bool TryParseUrl(string argument, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? url)
    {
        // "C:\page.html" parses as a URI with scheme "c", so only "scheme://" counts as a URL.
        url = argument.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(argument, UriKind.Absolute, out var parsed)
            ? parsed
            : null;
        return url is not null;
    }
}
