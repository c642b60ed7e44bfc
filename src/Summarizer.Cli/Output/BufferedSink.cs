using Summarizer.Cli.Inputs;

namespace Summarizer.Cli.Output;

/// <summary>Collects every result and writes one document at the end: a JSON object or array, or an HTML page.</summary>
internal sealed class BufferedSink<T>(TextWriter stdout, Func<IReadOnlyList<T>, string> render) : IResultSink<T>
{
    private readonly List<T> _results = [];

    public void Write(T result) => _results.Add(result);

    public void WriteError(ResolvedInput input, SummarizerException error)
    {
    }

    public void Complete()
    {
        if (_results.Count > 0)
        {
            stdout.Write(render(_results));
            stdout.Flush();
        }
    }
}
