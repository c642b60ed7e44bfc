using System.Data.Common;

namespace Summarizer.Worker;

/// <summary>Tells a store that is away (refused or dropped connection, server shutting down or starting) from a store bug.</summary>
internal static class StoreFaults
{
    public static bool IsUnavailable(Exception exception) => Chain(exception).OfType<DbException>().Any(e =>
        e.IsTransient || e.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) // connection exception
                                                     || state.StartsWith("57P", StringComparison.Ordinal) // shutdown, cannot connect now
                                                     || state.StartsWith("53", StringComparison.Ordinal))); // insufficient resources

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
