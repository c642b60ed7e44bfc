using System.Data.Common;
using System.Text.Json;
using Dapper;
using Summarizer.Summarization;
using static Summarizer.Storage.RowMapping;

namespace Summarizer.Storage;

/// <summary>Summaries by key, and the article each one summarizes.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<SummaryRecord?> FindSummaryAsync(SummaryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var row = await SingleAsync<SummaryRow>(
            $"""
             SELECT {SummarySelect()} FROM summaries
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

    public async Task<SavedSummary> SaveSummaryAsync(long articleId, string textHash, ArticleSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var key = new
        {
            textHash, summary.Summarizer, model = summary.Model ?? "", summary.PromptVersion,
        };
        var issues = JsonSerializer.Serialize(summary.ValidationIssues);
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Created means a new row, and only that: an upsert's affected-row count is 1 for an update too, so the insert
        // does nothing on a duplicate key and says with RETURNING whether it added the row.
        var insertedId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            INSERT INTO summaries (article_id, text_hash, summarizer, model, prompt_version, summary, key_points, grounded,
                validation_issues, prompt_tokens, completion_tokens, llm_calls, cost, created_at, rejected_answer)
            VALUES (@articleId, @textHash, @Summarizer, @model, @PromptVersion, @text, @points, @grounded, @issues,
                @promptTokens, @completionTokens, @calls, @cost, @now, @rejected)
            ON CONFLICT (text_hash, summarizer, model, prompt_version) DO NOTHING
            RETURNING id
            """,
            new
            {
                articleId, textHash, summary.Summarizer, model = summary.Model ?? "", summary.PromptVersion, text = summary.Summary,
                points = JsonSerializer.Serialize(summary.KeyPoints), grounded = summary.Grounded,
                issues, promptTokens = summary.Usage?.PromptTokens,
                completionTokens = summary.Usage?.CompletionTokens, calls = summary.Usage?.Calls, cost = summary.Usage?.Cost, now = Now,
                rejected = summary.RejectedAnswer,
            },
            transaction, cancellationToken: cancellationToken));
        var id = insertedId ?? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT id FROM summaries
            WHERE text_hash = @textHash AND summarizer = @Summarizer AND model = @model AND prompt_version = @PromptVersion
            """, key, transaction, cancellationToken: cancellationToken));
        if (insertedId is null && summary.RejectedAnswer is not null)
        {
            // The stored summary stays; the latest rejected LLM answer and why it failed are kept on it for an editor.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE summaries SET rejected_answer = @rejected, validation_issues = @issues WHERE id = @id",
                new { id, rejected = summary.RejectedAnswer, issues }, transaction, cancellationToken: cancellationToken));
        }
        await MarkSummarizedAsync(connection, transaction, articleId, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SavedSummary(id, Created: insertedId is not null);
    }

    public async Task AttachSummaryAsync(long articleId, long summaryId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        await MarkSummarizedAsync(connection, null, articleId, summaryId, cancellationToken);
    }

    private Task MarkSummarizedAsync(DbConnection connection, DbTransaction? transaction, long articleId, long summaryId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
             UPDATE articles SET status = {Sql(ArticleStatus.Summarized)}, summary_id = @summaryId, last_error = NULL, lease_owner = NULL,
                 lease_expires_at = NULL, updated_at = @now
             WHERE id = @articleId
             """, new { articleId, summaryId, now = Now }, transaction, cancellationToken: cancellationToken));
}
