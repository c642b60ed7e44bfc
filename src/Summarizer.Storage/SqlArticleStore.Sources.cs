using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>Each source's state between polls.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<SourceState?> GetSourceAsync(string name, CancellationToken cancellationToken) =>
        (await SingleAsync<SourceRow>($"SELECT {SourceSelect()} FROM sources WHERE name = @name", new { name }, cancellationToken))?.ToState();

    public Task UpsertSourceAsync(SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ExecuteAsync(
            """
            INSERT INTO sources (name, url, etag, last_modified, last_polled_at, last_status, last_error, new_articles, consecutive_failures)
            VALUES (@Name, @Url, @ETag, @LastModified, @polled, @LastStatus, @LastError, @NewArticles, @ConsecutiveFailures)
            ON CONFLICT (name) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled_at = excluded.last_polled_at, last_status = excluded.last_status, last_error = excluded.last_error,
                new_articles = excluded.new_articles, consecutive_failures = excluded.consecutive_failures
            """,
            new
            {
                state.Name, state.Url, state.ETag, state.LastModified, polled = Ms(state.LastPolledAt), state.LastStatus,
                state.LastError, state.NewArticles, state.ConsecutiveFailures,
            },
            cancellationToken);
    }
}
