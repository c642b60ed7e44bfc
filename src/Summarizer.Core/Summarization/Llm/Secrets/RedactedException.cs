namespace Summarizer.Summarization.Llm.Secrets;

/// <summary>Stands in for an exception whose text held a secret: its text, secret masked, no inner exception.</summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(Exception original, string secret)
        : base(SecretRedactingLoggerFactory.Redact(original.Message, secret))
    {
        _text = SecretRedactingLoggerFactory.Redact(original.ToString(), secret);
    }

    public RedactedException()
    {
        _text = "";
    }

    public RedactedException(string message)
        : base(message)
    {
        _text = message;
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    public override string ToString() => _text;
}
