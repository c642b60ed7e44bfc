using System.Text.Json;
using Summarizer.Cli.Inputs;

namespace Summarizer.Cli.Output;

/// <summary>Writes each result as soon as it is ready: text and Markdown blocks, or one JSON line per input.</summary>
internal sealed class StreamingSink<T>(TextWriter stdout, Func<T, string> render, string separator, bool errorsAsJsonLines) : IResultSink<T>
{
    private bool _first = true;

    public void Write(T result)
    {
        if (!_first)
        {
            stdout.Write(separator);
        }

        _first = false;
        stdout.Write(render(result));
        stdout.Flush();
    }

    public void WriteError(ResolvedInput input, SummarizerException error)
    {
        if (errorsAsJsonLines)
        {
            stdout.Write(JsonSerializer.Serialize(JsonDocuments.ForError(input.Id, input.Source, error), JsonDocuments.Compact) + "\n");
            stdout.Flush();
        }
    }

    public void Complete()
    {
    }
}
