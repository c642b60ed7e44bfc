using Dapper;
using Summarizer.Sources;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>The work queue: discovery, claims under leases, fetched text, skipped and failed.</summary>
public abstract partial class SqlArticleStore
{
    private static readonly string Due = $"status IN ({Sql(ArticleStatus.Pending)}, {Sql(ArticleStatus.Fetched)})";

    /// <summary>Claims due articles whose lease is free or expired, and returns them: one statement, so two workers never share one.</summary>
    private string ClaimSql =>
        $"""
         UPDATE articles SET lease_owner = @worker, lease_expires_at = @until
         WHERE id IN (
             SELECT id FROM articles
             WHERE {Due} AND next_attempt_at <= @now
               AND (lease_expires_at IS NULL OR lease_expires_at < @now)
             ORDER BY next_attempt_at, id LIMIT @count
             {ClaimLockClause})
         RETURNING {ArticleSelect()}
         """;

    public async Task<int> EnqueueAsync(string source, IReadOnlyList<DiscoveredArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return 0;
        }

        var now = Now;
        var rows = articles.Select(a => new
        {
            url = a.Url.AbsoluteUri, source, title = a.Title, updated = ParseUpdated(a.SourceUpdated), now,
        }).ToList();
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition(
            $"""
             INSERT INTO articles (url, source, source_updated, title, status, attempts, next_attempt_at, discovered_at, updated_at)
             VALUES (@url, @source, @updated, @title, {Sql(ArticleStatus.Pending)}, 0, @now, @now, @now)
             ON CONFLICT (url) DO NOTHING
             """, rows, transaction, cancellationToken: cancellationToken));
        // Every source that lists the article is credited, the first one also in articles.source; a second source (a
        // sitemap after the feed) adds only its row here.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO article_sources (article_id, source, first_seen_at)
            SELECT id, @source, @now FROM articles WHERE url = @url
            ON CONFLICT (article_id, source) DO NOTHING
            """, rows, transaction, cancellationToken: cancellationToken));
        var requeued = await connection.ExecuteAsync(new CommandDefinition(
            $"""
             UPDATE articles SET status = {Sql(ArticleStatus.Pending)}, attempts = 0, next_attempt_at = @now, source_updated = @updated,
                 last_error = NULL, updated_at = @now
             WHERE url = @url AND @updated IS NOT NULL AND source_updated IS NOT NULL AND source_updated < @updated
               AND status IN ({Sql(ArticleStatus.Summarized)}, {Sql(ArticleStatus.Skipped)}, {Sql(ArticleStatus.Failed)})
             """, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added + requeued;
    }

    private static long? ParseUpdated(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? Ms(time) : null;

    public async Task<long> EnsureArticleAsync(string source, string url, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
             INSERT INTO articles (url, source, status, attempts, next_attempt_at, lease_owner, lease_expires_at, discovered_at, updated_at)
             VALUES (@url, @source, {Sql(ArticleStatus.Pending)}, 0, @now, @source, @until, @now, @now)
             ON CONFLICT (url) DO NOTHING
             """, new { url, source, now, until = now + (long)LeaseDuration.TotalMilliseconds }, cancellationToken: cancellationToken));
        // The article's first source is always among its sources, whichever way it came in.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO article_sources (article_id, source, first_seen_at)
            SELECT id, source, discovered_at FROM articles WHERE url = @url
            ON CONFLICT (article_id, source) DO NOTHING
            """, new { url }, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM articles WHERE url = @url", new { url }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ArticleRecord>> ClaimAsync(string workerId, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var connection = await OpenForWriteAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            ClaimSql, new { worker = workerId, count, now, until = now + (long)lease.TotalMilliseconds }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).OrderBy(r => r.Id).ToList();
    }

    public async Task<int> CountLeasedAsync(CancellationToken cancellationToken) =>
        (int)await SingleAsync<long>(
            $"SELECT COUNT(*) FROM articles WHERE {Due} AND next_attempt_at <= @now AND lease_expires_at >= @now",
            new { now = Now }, cancellationToken);

    public Task RecordFetchedAsync(long articleId, FetchedArticle fetched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return ExecuteAsync(RecordFetchedSql, RecordFetchedParameters(articleId, fetched), cancellationToken);
    }

    /// <remarks>
    /// Record, look and skip are one transaction, serialized with every other article of the same text (SQLite has one writer
    /// at a time; PostgreSQL takes <see cref="LockTextAsync"/>): of two copies in work at once, the second to get here sees the
    /// first as fetched and steps back, whatever their ids. Looked up apart from the record, both could look before either
    /// had recorded, and both were summarized.
    /// </remarks>
    public async Task<long?> RecordFetchedUnlessDuplicateAsync(long articleId, FetchedArticle fetched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockTextAsync(connection, transaction, fetched.TextHash, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            RecordFetchedSql, RecordFetchedParameters(articleId, fetched), transaction, cancellationToken: cancellationToken));
        var duplicate = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(
            $"""
             SELECT id FROM articles
             WHERE text_hash = @textHash AND id <> @articleId
               AND status IN ({Sql(ArticleStatus.Summarized)}, {Sql(ArticleStatus.Fetched)})
             ORDER BY CASE WHEN status = {Sql(ArticleStatus.Summarized)} THEN 0 ELSE 1 END, id LIMIT 1
             """,
            new { articleId, textHash = fetched.TextHash }, transaction, cancellationToken: cancellationToken));
        if (duplicate is { } original)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                MarkSkippedSql, new { articleId, reason = $"duplicate of article {original} (same text)", now = Now }, transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return duplicate;
    }

    private static string RecordFetchedSql =>
        $"""
         UPDATE articles SET status = {Sql(ArticleStatus.Fetched)}, canonical_url = @CanonicalUrl, title = @Title, byline = @Byline,
             published_at = @published, language = @Language, text = @Text, text_hash = @TextHash, updated_at = @now
         WHERE id = @articleId
         """;

    private object RecordFetchedParameters(long articleId, FetchedArticle fetched) => new
    {
        articleId, fetched.CanonicalUrl, fetched.Title, fetched.Byline, published = Ms(fetched.PublishedAt), fetched.Language,
        fetched.Text, fetched.TextHash, now = Now,
    };

    public Task MarkFailedAsync(long articleId, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"""
             UPDATE articles SET status = CASE WHEN @retry THEN {Sql(ArticleStatus.Pending)} ELSE {Sql(ArticleStatus.Failed)} END,
                 attempts = attempts + 1, next_attempt_at = @next, last_error = @error, lease_owner = NULL, lease_expires_at = NULL,
                 updated_at = @now
             WHERE id = @articleId
             """,
            new { articleId, error, retry = nextAttemptAt is not null, next = Ms(nextAttemptAt) ?? Now, now = Now },
            cancellationToken);

    public Task MarkSkippedAsync(long articleId, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(MarkSkippedSql, new { articleId, reason, now = Now }, cancellationToken);

    private static string MarkSkippedSql =>
        $"""
         UPDATE articles SET status = {Sql(ArticleStatus.Skipped)}, last_error = @reason, lease_owner = NULL, lease_expires_at = NULL,
             updated_at = @now
         WHERE id = @articleId
         """;

    public async Task<bool> RenewLeaseAsync(long articleId, string workerId, TimeSpan lease, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE articles SET lease_expires_at = @until WHERE id = @articleId AND lease_owner = @workerId AND {Due}",
            new { articleId, workerId, until = Ms(Time.GetUtcNow() + lease) }, cancellationToken) > 0;

    public Task ReleaseAsync(long articleId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE articles SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @articleId", new { articleId }, cancellationToken);
}
