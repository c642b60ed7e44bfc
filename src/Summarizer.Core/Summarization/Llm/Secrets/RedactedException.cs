namespace Summarizer.Summarization.Llm.Secrets;

/// <summary>Stands in for an exception whose text held a secret: same type name and text, secret masked, no inner exception.</summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(Exception original, string secret)
        : base(SecretRedactingLoggerFactory.Redact(original.Message, secret))
    {
        _text = SecretRedactingLoggerFactory.Redact(original.ToString(), secret);
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
    }

    public RedactedException()
    {
        _text = "";
        OriginalType = "";
    }

    public RedactedException(string message)
        : base(message)
    {
        _text = message;
        OriginalType = "";
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
        OriginalType = "";
    }

    public string OriginalType { get; }

    public override string ToString() => _text;
}
