using Summarizer.Cli.Inputs;

namespace Summarizer.Cli.Output;

/// <summary>Where a command's results go, one input at a time, in input order.</summary>
internal interface IResultSink<in T>
{
    void Write(T result);

    void WriteError(ResolvedInput input, SummarizerException error);

    void Complete();
}
