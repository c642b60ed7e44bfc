using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Summarizer.Storage;

namespace Summarizer.Bench.Web;

/// <summary>
/// A store of summarized articles written in one transaction with plain SQL (the store's own calls would take minutes
/// for 10,000 rows); the summarized update goes through the search triggers like any write. Text is made from a small
/// Arabic word list, with <see cref="CommonWord"/> in about a third of the articles.
/// </summary>
internal static class BenchStore
{
    public const int Sources = 10;

    public const string CommonWord = "الحكومة";

    private static readonly string[] Words =
    [
        "قال", "الوزير", "إن", "المحادثات", "مع", "الوفد", "ستستمر", "حتى", "نهاية", "الأسبوع", "وأضاف", "أن", "الاقتصاد", "يشهد", "نموا",
        "في", "القطاع", "الخاص", "رغم", "ارتفاع", "الأسعار", "وأكد", "المسؤول", "على", "أهمية", "التعاون", "الإقليمي", "والدولي", "لمواجهة",
        "التحديات", "المقبلة", "وأشار", "إلى", "مستشفى", "جديد", "ومدرسة", "في", "المدينة", "عام", "٢٠٢٦", "أمريكا", "أوروبا", "آسيا",
    ];

    public static async Task SeedAsync(SqlArticleStore store, string provider, string connectionString, int count)
    {
        await store.MigrateAsync(CancellationToken.None);
        await using DbConnection connection = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var random = new Random(13);
        var start = DateTimeOffset.UtcNow.AddDays(-60).ToUnixTimeMilliseconds();
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var text = Sentences(random, 12, i % 3 == 0);
            return new
            {
                url = $"https://site{i % Sources}.example/news/{i}",
                source = $"source-{i % Sources}",
                title = Sentence(random, 8, false),
                text,
                hash = $"h{i}",
                published = start + (long)i * 500_000,
                summary = Sentence(random, 25, i % 3 == 0),
                points = JsonSerializer.Serialize(Enumerable.Range(0, 4).Select(_ => Sentence(random, 12, false)).ToList()),
            };
        }).ToList();
        await connection.ExecuteAsync(
            """
            INSERT INTO articles (url, source, title, byline, published_at, language, text, text_hash, status, attempts, next_attempt_at, discovered_at, updated_at)
            VALUES (@url, @source, @title, 'مراسل', @published, 'ar', @text, @hash, 'fetched', 1, @published, @published, @published)
            """, rows, transaction, commandTimeout: 900);
        await connection.ExecuteAsync(
            """
            INSERT INTO summaries (article_id, text_hash, summarizer, model, prompt_version, summary, key_points, grounded, validation_issues, created_at)
            SELECT id, text_hash, 'extractive', '', 'bench', @summary, @points, TRUE, '[]', @published FROM articles WHERE url = @url
            """, rows, transaction, commandTimeout: 900);
        await connection.ExecuteAsync(
            "UPDATE articles SET status = 'summarized', summary_id = (SELECT s.id FROM summaries s WHERE s.article_id = articles.id)",
            transaction: transaction, commandTimeout: 900);
        await connection.ExecuteAsync(
            "INSERT INTO sources (name, url, last_polled_at, last_status, new_articles, consecutive_failures) SELECT DISTINCT source, 'https://feed.example/' || source, 0, 200, 0, 0 FROM articles",
            transaction: transaction, commandTimeout: 900);
        await transaction.CommitAsync();
        if (provider == "postgres")
        {
            // As after any bulk load (and as autovacuum does within a minute or so): without statistics the planner takes the
            // 10,000 summarized rows for a few hundred and sorts them all for every list page instead of walking the index.
            await connection.ExecuteAsync("ANALYZE articles, summaries, article_sources, sources", commandTimeout: 900);
        }
    }

    private static string Sentences(Random random, int sentences, bool common) =>
        string.Join('\n', Enumerable.Range(0, sentences).Select(i => Sentence(random, 20, common && i == 5)));

    private static string Sentence(Random random, int words, bool common)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(common && i == words / 2 ? CommonWord : Words[random.Next(Words.Length)]).Append(' ');
        }

        return builder.ToString().TrimEnd() + ".";
    }
}
