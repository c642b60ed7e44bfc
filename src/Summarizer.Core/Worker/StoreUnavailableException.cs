namespace Summarizer.Worker;

/// <summary>The store stayed unreachable for longer than <see cref="WorkerOptions.StoreUnavailableTimeout"/>.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
