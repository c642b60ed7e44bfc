namespace Summarizer;

/// <summary>
/// The one family of failures the pipeline reports on purpose. Anything else escaping a stage is a bug.
/// Its message often quotes outside text (a reason phrase, a file name, a parser's complaint) and goes to stderr, logs
/// and the stored error, so it is made safe here (<see cref="Text.SafeText.Clean"/>).
/// </summary>
public class SummarizerException : Exception
{
    public SummarizerException(FailureKind kind, string message, Exception? innerException = null)
        : base(Text.SafeText.Clean(message), innerException) => Kind = kind;

    public FailureKind Kind { get; }

    /// <summary>
    /// What the failing stage still knows, typed by the folder that raised it and read through its extension property
    /// (<c>Extraction</c>'s <c>Page</c>, <c>Summarization</c>'s <c>LlmUnavailable</c>). An object here, so that this type,
    /// which every folder raises, depends on none of them.
    /// </summary>
    public object? Detail { get; init; }
}
