namespace Summarizer;

/// <summary>Why an article could not be summarized; each kind maps to one CLI exit code and one stored status.</summary>
public enum FailureKind
{
    /// <summary>The input itself is unusable: a missing file, an unsupported scheme, an empty or binary file.</summary>
    BadInput,

    /// <summary>The page could not be downloaded: DNS, refused connection, HTTP error status, timeout, size limit.</summary>
    CouldNotFetch,

    /// <summary>The page was read but holds no article text worth summarizing.</summary>
    NotAnArticle,

    /// <summary>The summarizer could not produce a summary.</summary>
    SummarizationFailed,
}
