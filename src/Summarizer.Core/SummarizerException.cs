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
    /// For a page judged "not an article": what it still told us — title, dates, URL, the rest of its metadata — with no
    /// paragraphs. A listing or a stub is not summarized, but callers can still show or store what it is.
    /// </summary>
    public Extraction.ExtractedArticle? Page { get; init; }

    /// <summary>Set when the LLM could not be asked at all (see <see cref="Summarization.LlmUnavailable"/>); null otherwise.</summary>
    public Summarization.LlmUnavailable? LlmUnavailable { get; init; }
}
