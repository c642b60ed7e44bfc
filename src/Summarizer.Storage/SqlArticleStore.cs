using System.Data.Common;
using System.Text.Json;
using Dapper;
using Summarizer.Summarization;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>
/// The store in plain SQL that SQLite and PostgreSQL both run; a provider supplies connections, its migrations
/// and the claim statement. The schema is created or migrated on first use.
/// </summary>
public abstract partial class SqlArticleStore : IArticleStore, IDisposable
{
    private const string Due = "status IN ('pending', 'fetched')";
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    static SqlArticleStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    protected SqlArticleStore(TimeProvider time) => Time = time;

    protected TimeProvider Time { get; }

    /// <summary>Migration scripts folder name under Migrations/.</summary>
    protected abstract string Dialect { get; }

    /// <summary>
    /// How the claim's inner select locks the rows it picks: PostgreSQL skips rows another worker is claiming
    /// (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has one writer at a time and needs nothing.
    /// </summary>
    protected abstract string ClaimLockClause { get; }

    /// <summary>Claims due articles whose lease is free or expired, and returns them: one statement, so two workers never share one.</summary>
    private string ClaimSql =>
        $"""
         UPDATE articles SET lease_owner = @worker, lease_expires_at = @until
         WHERE id IN (
             SELECT id FROM articles
             WHERE status IN ('pending', 'fetched') AND next_attempt_at <= @now
               AND (lease_expires_at IS NULL OR lease_expires_at < @now)
             ORDER BY next_attempt_at, id LIMIT @count
             {ClaimLockClause})
         RETURNING {RowMapping.ArticleColumns}
         """;

    protected abstract DbConnection CreateConnection();

    /// <summary>Runs inside the migration transaction before the version is read: a lock so that workers starting together migrate once.</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Runs before the first connection opens, e.g. to create the folder of a database file.</summary>
    protected virtual void PrepareLocation()
    {
    }

    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private long Now => Ms(Time.GetUtcNow());

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        PrepareLocation();
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
            transaction: transaction, cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        foreach (var (version, sql) in Migrations.For(Dialect).Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, applied_at) VALUES (@version, @now)",
                new { version, now = Now }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        _migrated = true;
    }

    /// <summary>
    /// The schema version the database is at and the newest this build has, read without migrating (<c>summarizer check</c>).
    /// Opening a SQLite file that does not exist creates it empty.
    /// </summary>
    public async Task<(long Current, long Latest)> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        long current;
        try
        {
            current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MAX(version) FROM schema_version", cancellationToken: cancellationToken)) ?? 0;
        }
        catch (DbException)
        {
            current = 0; // no schema_version table: nothing applied yet
        }

        return (current, Migrations.For(Dialect).Max(m => m.Version));
    }

    protected async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await _migrateLock.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    await EnsureSchemaAsync(cancellationToken);
                    _migrated = true;
                }
            }
            finally
            {
                _migrateLock.Release();
            }
        }

        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A connection for a change: refused with "the store is read-only" when the store was opened for reading only.</summary>
    protected async Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        if (ReadOnlyReason is { } reason)
        {
            await connection.DisposeAsync();
            throw new StoreReadOnlyException(reason);
        }

        return connection;
    }

    /// <summary>Why the store can only be read (it names the file), or null when it can be written.</summary>
    protected virtual string? ReadOnlyReason => null;

    /// <summary>Before the first use: the schema created or brought up to date (<see cref="MigrateAsync"/>), or checked when the store is read-only.</summary>
    protected virtual Task EnsureSchemaAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    /// <summary>The newest schema version this build knows.</summary>
    protected long LatestVersion => Migrations.For(Dialect).Max(m => m.Version);

    /// <summary>The schema version of the store as it is, 0 for an empty database.</summary>
    protected async Task<long> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", cancellationToken: cancellationToken));
        return exists == 0 ? 0 : await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_version", cancellationToken: cancellationToken)) ?? 0;
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<T?> SingleAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    public async Task<SourceState?> GetSourceAsync(string name, CancellationToken cancellationToken) =>
        (await SingleAsync<SourceRow>("SELECT * FROM sources WHERE name = @name", new { name }, cancellationToken))?.ToState();

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
            """
            INSERT INTO articles (url, source, source_updated, title, status, attempts, next_attempt_at, discovered_at, updated_at)
            VALUES (@url, @source, @updated, @title, 'pending', 0, @now, @now, @now)
            ON CONFLICT (url) DO NOTHING
            """, rows, transaction, cancellationToken: cancellationToken));
        var requeued = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE articles SET status = 'pending', attempts = 0, next_attempt_at = @now, source_updated = @updated,
                last_error = NULL, updated_at = @now
            WHERE url = @url AND @updated IS NOT NULL AND source_updated IS NOT NULL AND source_updated < @updated
              AND status IN ('summarized', 'skipped', 'failed')
            """, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added + requeued;
    }

    private static long? ParseUpdated(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? Ms(time) : null;

    public async Task<long> EnsureArticleAsync(string source, string url, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO articles (url, source, status, attempts, next_attempt_at, lease_owner, lease_expires_at, discovered_at, updated_at)
            VALUES (@url, @source, 'pending', 0, @now, @source, @until, @now, @now)
            ON CONFLICT (url) DO NOTHING
            """, new { url, source, now = Now, until = Now + (long)TimeSpan.FromMinutes(10).TotalMilliseconds }, cancellationToken: cancellationToken));
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
        return ExecuteAsync(
            """
            UPDATE articles SET status = 'fetched', canonical_url = @CanonicalUrl, title = @Title, byline = @Byline,
                published_at = @published, language = @Language, text = @Text, text_hash = @TextHash, updated_at = @now
            WHERE id = @articleId
            """,
            new
            {
                articleId, fetched.CanonicalUrl, fetched.Title, fetched.Byline, published = Ms(fetched.PublishedAt), fetched.Language,
                fetched.Text, fetched.TextHash, now = Now,
            },
            cancellationToken);
    }

    public Task<long?> FindDuplicateAsync(long articleId, string textHash, CancellationToken cancellationToken) =>
        SingleAsync<long?>(
            """
            SELECT id FROM articles
            WHERE text_hash = @textHash AND id <> @articleId AND (status = 'summarized' OR (status = 'fetched' AND id < @articleId))
            ORDER BY id LIMIT 1
            """,
            new { articleId, textHash }, cancellationToken);

    public async Task<SummaryRecord?> FindSummaryAsync(SummaryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var row = await SingleAsync<SummaryRow>(
            $"""
             SELECT {SummaryColumns} FROM summaries
             WHERE text_hash = @TextHash AND summarizer = @Summarizer AND (@anyModel OR model = @model)
               AND (@anyPrompt OR prompt_version = @prompt)
             ORDER BY id DESC LIMIT 1
             """,
            new
            {
                key.TextHash, key.Summarizer, anyModel = key.Model is null, model = key.Model ?? "",
                anyPrompt = key.PromptVersion is null, prompt = key.PromptVersion ?? "",
            },
            cancellationToken);
        return row?.ToRecord();
    }

    public async Task<long> SaveSummaryAsync(long articleId, string textHash, ArticleSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var key = new
        {
            textHash, summary.Summarizer, model = summary.Model ?? "", summary.PromptVersion,
        };
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO summaries (article_id, text_hash, summarizer, model, prompt_version, summary, key_points, grounded,
                validation_issues, prompt_tokens, completion_tokens, llm_calls, cost, created_at, rejected_answer)
            VALUES (@articleId, @textHash, @Summarizer, @model, @PromptVersion, @text, @points, @grounded, @issues,
                @promptTokens, @completionTokens, @calls, @cost, @now, @rejected)
            ON CONFLICT (text_hash, summarizer, model, prompt_version) DO UPDATE
                SET rejected_answer = excluded.rejected_answer, validation_issues = excluded.validation_issues
                WHERE excluded.rejected_answer IS NOT NULL
            """,
            new
            {
                articleId, textHash, summary.Summarizer, model = summary.Model ?? "", summary.PromptVersion, text = summary.Summary,
                points = JsonSerializer.Serialize(summary.KeyPoints), grounded = summary.Grounded,
                issues = JsonSerializer.Serialize(summary.ValidationIssues), promptTokens = summary.Usage?.PromptTokens,
                completionTokens = summary.Usage?.CompletionTokens, calls = summary.Usage?.Calls, cost = summary.Usage?.Cost, now = Now,
                rejected = summary.RejectedAnswer,
            },
            transaction, cancellationToken: cancellationToken));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT id FROM summaries
            WHERE text_hash = @textHash AND summarizer = @Summarizer AND model = @model AND prompt_version = @PromptVersion
            """, key, transaction, cancellationToken: cancellationToken));
        await MarkSummarizedAsync(connection, transaction, articleId, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task AttachSummaryAsync(long articleId, long summaryId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await MarkSummarizedAsync(connection, null, articleId, summaryId, cancellationToken);
    }

    private Task MarkSummarizedAsync(DbConnection connection, DbTransaction? transaction, long articleId, long summaryId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE articles SET status = 'summarized', summary_id = @summaryId, last_error = NULL, lease_owner = NULL,
                lease_expires_at = NULL, updated_at = @now
            WHERE id = @articleId
            """, new { articleId, summaryId, now = Now }, transaction, cancellationToken: cancellationToken));

    public Task MarkFailedAsync(long articleId, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE articles SET status = CASE WHEN @retry THEN 'pending' ELSE 'failed' END, attempts = attempts + 1,
                next_attempt_at = @next, last_error = @error, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now
            WHERE id = @articleId
            """,
            new { articleId, error, retry = nextAttemptAt is not null, next = Ms(nextAttemptAt) ?? Now, now = Now },
            cancellationToken);

    public Task MarkSkippedAsync(long articleId, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE articles SET status = 'skipped', last_error = @reason, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now
            WHERE id = @articleId
            """, new { articleId, reason, now = Now }, cancellationToken);

    public async Task<bool> RenewLeaseAsync(long articleId, string workerId, TimeSpan lease, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"UPDATE articles SET lease_expires_at = @until WHERE id = @articleId AND lease_owner = @workerId AND {Due}",
            new { articleId, workerId, until = Ms(Time.GetUtcNow() + lease) }, cancellationToken) > 0;

    public Task ReleaseAsync(long articleId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE articles SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @articleId", new { articleId }, cancellationToken);

    public async Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken) =>
        (await SingleAsync<ArticleRow>($"SELECT {ArticleColumns} FROM articles WHERE id = @id", new { id }, cancellationToken))?.ToRecord();

    public async Task<ArticleRecord?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) =>
        (await SingleAsync<ArticleRow>(
            $"SELECT {ArticleColumns} FROM articles WHERE url = @url OR canonical_url = @url ORDER BY id LIMIT 1",
            new { url }, cancellationToken))?.ToRecord();

    public async Task<IReadOnlyList<StoredArticle>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow, SummaryRow?, StoredArticle>(
            new CommandDefinition(
                $"""
                 SELECT {Prefixed("a", ArticleColumns)}, {Prefixed("s", SummaryColumns)}
                 FROM articles a LEFT JOIN summaries s ON s.id = a.summary_id
                 WHERE (@anySource OR a.source = @source) AND (@anyStatus OR a.status = @status) AND a.updated_at >= @since
                 ORDER BY a.id LIMIT @limit
                 """,
                new
                {
                    anySource = query.Source is null, source = query.Source ?? "", anyStatus = query.Status is null,
                    status = query.Status ?? "", since = Ms(query.Since) ?? 0L, limit = query.Limit,
                },
                cancellationToken: cancellationToken),
            (article, summary) => new StoredArticle(article.ToRecord(), summary?.ToRecord()),
            splitOn: "id");
        return rows.ToList();
    }

    private static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    public async Task<IReadOnlyList<SummaryRecord>> GetSummariesAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM summaries WHERE article_id = @articleId OR id = (SELECT summary_id FROM articles WHERE id = @articleId) ORDER BY id",
            new { articleId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<SourceReport>> GetSourceReportsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            """
            SELECT s.*,
                (SELECT COUNT(*) FROM articles a WHERE a.source = s.name) AS articles,
                (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.status = 'summarized') AS summarized,
                (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.status = 'failed') AS failed,
                (SELECT COUNT(*) FROM articles a WHERE a.source = s.name AND a.status IN ('pending', 'fetched')) AS pending
            FROM sources s ORDER BY s.name
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new SourceReport(r.ToState(), (int)r.Articles, (int)r.Summarized, (int)r.Failed, (int)r.Pending)).ToList();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _migrateLock.Dispose();
        }
    }
}
