namespace Summarizer;

/// <summary>
/// The one family of failures the pipeline reports on purpose. Anything else escaping a stage is a bug.
/// </summary>
public class SummarizerException : Exception
{
    public SummarizerException(FailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    public FailureKind Kind { get; }
}
