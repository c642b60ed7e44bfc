using Microsoft.Extensions.Time.Testing;
using Summarizer.Sources;
using Summarizer.Storage;
using Summarizer.Summarization;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests;

/// <summary>The one behaviour every <see cref="SqlArticleStore"/> must have; each provider runs it.</summary>
public abstract class StoreContractTests
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    protected FakeTimeProvider Time { get; private set; } = null!;

    protected abstract Task<SqlArticleStore> CreateStoreAsync(TimeProvider time);

    /// <summary>A connection to the database of the store <see cref="CreateStoreAsync"/> made last, bypassing the store.</summary>
    protected abstract Task<System.Data.Common.DbConnection> OpenRawAsync();

    /// <summary>The store's migrations folder: <c>sqlite</c> or <c>postgres</c>.</summary>
    protected abstract string Dialect { get; }

    private async Task<SqlArticleStore> CreateSut()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        return await CreateStoreAsync(Time);
    }

    private static DiscoveredArticle Url(int n, string? updated = null) => new(new Uri($"https://news.example/a/{n}"), updated);

    private static ArticleSummary Summary(string text = "ملخص", string? model = null, string prompt = "v1") => new()
    {
        Summary = text,
        KeyPoints = ["نقطة أولى", "نقطة ثانية"],
        Summarizer = "extractive",
        Model = model,
        PromptVersion = prompt,
        Usage = new TokenUsage(10, 5, 1, 0.25m),
        Grounded = true,
    };

    private static FetchedArticle Fetched(string hash) => new("https://news.example/canonical", "عنوان", "كاتب", null, "ar", "نص المقال", hash);

    [Test]
    public async Task MigrateAsync_Twice_IsIdempotent()
    {
        var sut = await CreateSut();
        await sut.MigrateAsync(CancellationToken.None);
        await sut.MigrateAsync(CancellationToken.None);
        Assert.That(await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None), Is.EqualTo(1));
    }

    [Test]
    public async Task EnqueueAsync_SameUrlTwice_AddsOnce()
    {
        var sut = await CreateSut();
        var first = await sut.EnqueueAsync("s", [Url(1), Url(2)], CancellationToken.None);
        var second = await sut.EnqueueAsync("other", [Url(1), Url(2), Url(3)], CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(2));
            Assert.That(second, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ClaimAsync_TwoWorkers_NeverShareAnArticle()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", Enumerable.Range(1, 10).Select(n => Url(n)).ToList(), CancellationToken.None);
        var a = await sut.ClaimAsync("a", 6, Lease, CancellationToken.None);
        var b = await sut.ClaimAsync("b", 6, Lease, CancellationToken.None);
        var c = await sut.ClaimAsync("c", 6, Lease, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(a, Has.Count.EqualTo(6));
            Assert.That(b, Has.Count.EqualTo(4));
            Assert.That(c, Is.Empty);
            Assert.That(a.Select(x => x.Id).Intersect(b.Select(x => x.Id)), Is.Empty);
            Assert.That(a[0].Status, Is.EqualTo(ArticleStatus.Pending));
        });
    }

    [Test]
    public async Task ClaimAsync_LeaseExpired_AnotherWorkerGetsIt()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        await sut.ClaimAsync("dead", 1, Lease, CancellationToken.None);
        Assert.That(await sut.CountLeasedAsync(CancellationToken.None), Is.EqualTo(1));
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var claimed = await sut.ClaimAsync("alive", 1, Lease, CancellationToken.None);
        Assert.That(claimed, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ReleaseAsync_ClaimedArticle_CanBeClaimedAgain()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        var claimed = await sut.ClaimAsync("a", 1, Lease, CancellationToken.None);
        await sut.ReleaseAsync(claimed[0].Id, CancellationToken.None);
        Assert.That(await sut.ClaimAsync("b", 1, Lease, CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SaveSummaryAsync_StoresSummaryAndMarksSummarized()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        var article = (await sut.ClaimAsync("a", 1, Lease, CancellationToken.None))[0];
        await sut.RecordFetchedAsync(article.Id, Fetched("h1"), CancellationToken.None);
        var (id, created) = await sut.SaveSummaryAsync(article.Id, "h1", Summary(), CancellationToken.None);

        var stored = await sut.GetArticleAsync(article.Id, CancellationToken.None);
        var found = await sut.FindSummaryAsync(new SummaryKey("h1", "extractive", null, "v1"), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.True);
            Assert.That(stored!.Status, Is.EqualTo(ArticleStatus.Summarized));
            Assert.That(stored.SummaryId, Is.EqualTo(id));
            Assert.That(stored.Title, Is.EqualTo("عنوان"));
            Assert.That(stored.CanonicalUrl, Is.EqualTo("https://news.example/canonical"));
            Assert.That(found!.Id, Is.EqualTo(id));
            Assert.That(found.Summary.KeyPoints, Is.EqualTo(new[] { "نقطة أولى", "نقطة ثانية" }));
            Assert.That(found.Summary.Usage, Is.EqualTo(new TokenUsage(10, 5, 1, 0.25m)));
            Assert.That(found.Summary.Grounded, Is.True);
        });
    }

    [Test]
    public async Task SaveSummaryAsync_SameKeyTwice_KeepsOneRowAndSaysSo()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1), Url(2)], CancellationToken.None);
        var first = await sut.SaveSummaryAsync(1, "h", Summary(), CancellationToken.None);
        var second = await sut.SaveSummaryAsync(2, "h", Summary("أخرى"), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(second.Id, Is.EqualTo(first.Id));
            Assert.That(first.Created, Is.True);
            Assert.That(second.Created, Is.False, "the second one attached the summary already stored");
            Assert.That((await sut.GetArticleAsync(2, CancellationToken.None))!.SummaryId, Is.EqualTo(first.Id));
        });
    }

    [Test]
    public async Task SaveSummaryAsync_SameKeyWithRejectedAnswer_NotCreatedButKeepsTheAnswerForReview()
    {
        // The extractive fallback for an LLM answer that failed its checks has the key of any extractive summary of that
        // text: a second one updates the stored rejected answer, and that update is no new summary.
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1), Url(2)], CancellationToken.None);
        var first = await sut.SaveSummaryAsync(1, "h", Summary(), CancellationToken.None);
        var second = await sut.SaveSummaryAsync(2, "h", Summary("أخرى") with
        {
            RejectedAnswer = "{\"summary\":\"إجابة مرفوضة\"}", ValidationIssues = ["رقم غير موجود في النص"],
        }, CancellationToken.None);

        var kept = await sut.FindSummaryAsync(new SummaryKey("h", "extractive", null, "v1"), CancellationToken.None);
        var rows = await sut.GetSummariesAsync(1, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(first.Created, Is.True);
            Assert.That(second.Created, Is.False, "an update of the stored rejected answer is no new summary");
            Assert.That(second.Id, Is.EqualTo(first.Id));
            Assert.That(rows, Has.Count.EqualTo(1));
            Assert.That(kept!.Summary.Summary, Is.EqualTo("ملخص"), "the stored summary stays");
            Assert.That(kept.Summary.RejectedAnswer, Is.EqualTo("{\"summary\":\"إجابة مرفوضة\"}"), "the rejected answer is kept for review");
            Assert.That(kept.Summary.ValidationIssues, Is.EqualTo(new[] { "رقم غير موجود في النص" }));
            Assert.That((await sut.GetArticleAsync(2, CancellationToken.None))!.SummaryId, Is.EqualTo(first.Id));
        });
    }

    [Test]
    public async Task SaveSummaryAsync_NewKeyWithRejectedAnswer_Created()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        var saved = await sut.SaveSummaryAsync(1, "h", Summary() with { RejectedAnswer = "مرفوضة" }, CancellationToken.None);

        var kept = await sut.FindSummaryAsync(new SummaryKey("h", "extractive", null, "v1"), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(saved.Created, Is.True);
            Assert.That(kept!.Id, Is.EqualTo(saved.Id));
            Assert.That(kept.Summary.RejectedAnswer, Is.EqualTo("مرفوضة"));
        });
    }

    [Test]
    public async Task EnsureArticleAsync_NewUrl_LeasedForTheConfiguredDuration()
    {
        var sut = await CreateSut();
        var id = await sut.EnsureArticleAsync("cli", "https://news.example/cli/1", CancellationToken.None);

        var claimedBeforeExpiry = await sut.ClaimAsync("w", 10, Lease, CancellationToken.None);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var claimedAfter = await sut.ClaimAsync("w", 10, Lease, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(claimedBeforeExpiry, Is.Empty);
            Assert.That(claimedAfter.Select(a => a.Id), Is.EqualTo(new[] { id }));
        });
    }

    [Test]
    public async Task FindSummaryAsync_OtherModelOrPrompt_NotFound()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        await sut.SaveSummaryAsync(1, "h", Summary(model: "m1"), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await sut.FindSummaryAsync(new SummaryKey("h", "extractive", "m2", "v1"), CancellationToken.None), Is.Null);
            Assert.That(await sut.FindSummaryAsync(new SummaryKey("h", "extractive", "m1", "v2"), CancellationToken.None), Is.Null);
            Assert.That(await sut.FindSummaryAsync(new SummaryKey("h", "llm", "m1", "v1"), CancellationToken.None), Is.Null);
            Assert.That(await sut.FindSummaryAsync(new SummaryKey("h", "extractive", "m1", "v1"), CancellationToken.None), Is.Not.Null);
        });
    }

    [Test]
    public async Task EnqueueAsync_NewerSourceDate_RequeuesAndKeepsOldSummary()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1, "2026-01-01T08:00:00Z")], CancellationToken.None);
        await sut.SaveSummaryAsync(1, "old", Summary("قديم"), CancellationToken.None);

        var same = await sut.EnqueueAsync("s", [Url(1, "2026-01-01T08:00:00Z")], CancellationToken.None);
        var newer = await sut.EnqueueAsync("s", [Url(1, "Thu, 01 Jan 2026 09:00:00 GMT")], CancellationToken.None);
        var claimed = await sut.ClaimAsync("a", 5, Lease, CancellationToken.None);
        await sut.SaveSummaryAsync(1, "new", Summary("جديد"), CancellationToken.None);

        var summaries = await sut.GetSummariesAsync(1, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(same, Is.Zero);
            Assert.That(newer, Is.EqualTo(1));
            Assert.That(claimed, Has.Count.EqualTo(1));
            Assert.That(summaries.Select(s => s.Summary.Summary), Is.EqualTo(new[] { "قديم", "جديد" }));
        });
    }

    [Test]
    public async Task MarkFailedAsync_WithNextAttempt_NotClaimedUntilDue()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        await sut.ClaimAsync("a", 1, Lease, CancellationToken.None);
        await sut.MarkFailedAsync(1, "HTTP 500", Time.GetUtcNow().AddMinutes(2), CancellationToken.None);

        var early = await sut.ClaimAsync("a", 1, Lease, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(3));
        var due = await sut.ClaimAsync("a", 1, Lease, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Empty);
            Assert.That(due, Has.Count.EqualTo(1));
            Assert.That(due[0].Attempts, Is.EqualTo(1));
            Assert.That(due[0].LastError, Is.EqualTo("HTTP 500"));
        });
    }

    [Test]
    public async Task MarkFailedAsync_NoNextAttempt_StaysFailed()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1)], CancellationToken.None);
        await sut.MarkFailedAsync(1, "gone", null, CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(1));
        var failed = await sut.QueryAsync(new ArticleQuery(Status: ArticleStatus.Failed), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await sut.ClaimAsync("a", 1, Lease, CancellationToken.None), Is.Empty);
            Assert.That(failed.Single().Article.LastError, Is.EqualTo("gone"));
        });
    }

    [Test]
    public async Task RecordFetchedUnlessDuplicateAsync_SameTextAsAFetchedArticle_SecondSkippedWhateverItsId()
    {
        // Two copies in one batch: the later-listed one (id 2) happens to record first. The other must then step back, even
        // with the lower id: looking only at earlier ids, both went on to be summarized.
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1), Url(2)], CancellationToken.None);

        var first = await sut.RecordFetchedUnlessDuplicateAsync(2, Fetched("same"), CancellationToken.None);
        var second = await sut.RecordFetchedUnlessDuplicateAsync(1, Fetched("same"), CancellationToken.None);

        var skipped = (await sut.GetArticleAsync(1, CancellationToken.None))!;
        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.Null);
            Assert.That(second, Is.EqualTo(2));
            Assert.That((await sut.GetArticleAsync(2, CancellationToken.None))!.Status, Is.EqualTo(ArticleStatus.Fetched));
            Assert.That(skipped.Status, Is.EqualTo(ArticleStatus.Skipped));
            Assert.That(skipped.LastError, Is.EqualTo("duplicate of article 2 (same text)"));
            Assert.That(skipped.TextHash, Is.EqualTo("same"), "what was fetched is kept on the skipped copy too");
        });
    }

    [Test]
    public async Task RecordFetchedUnlessDuplicateAsync_EightCopiesAtOnce_ExactlyOneGoesOn()
    {
        // Several workers (or one batch) holding copies of one text at the same moment: on PostgreSQL only the lock on the text
        // makes each transaction see the others' rows; on SQLite the one writer does.
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", Enumerable.Range(1, 8).Select(n => Url(n)).ToList(), CancellationToken.None);

        var duplicates = await Task.WhenAll(Enumerable.Range(1, 8).Select(n =>
            Task.Run(() => sut.RecordFetchedUnlessDuplicateAsync(n, Fetched("same"), CancellationToken.None))));

        var statuses = new List<ArticleStatus>();
        for (var n = 1; n <= 8; n++)
        {
            statuses.Add((await sut.GetArticleAsync(n, CancellationToken.None))!.Status);
        }

        Assert.Multiple(() =>
        {
            Assert.That(duplicates.Count(d => d is null), Is.EqualTo(1), "exactly one copy goes on to be summarized");
            Assert.That(statuses.Count(s => s == ArticleStatus.Fetched), Is.EqualTo(1));
            Assert.That(statuses.Count(s => s == ArticleStatus.Skipped), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task RecordFetchedUnlessDuplicateAsync_SameTextAsASummarizedArticle_PrefersTheSummarizedOne()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("s", [Url(1), Url(2), Url(3), Url(4)], CancellationToken.None);
        await sut.RecordFetchedAsync(1, Fetched("same"), CancellationToken.None); // e.g. left fetched by a worker that died
        await sut.RecordFetchedAsync(2, Fetched("same"), CancellationToken.None);
        await sut.SaveSummaryAsync(2, "same", Summary(), CancellationToken.None);

        var duplicate = await sut.RecordFetchedUnlessDuplicateAsync(3, Fetched("same"), CancellationToken.None);
        var other = await sut.RecordFetchedUnlessDuplicateAsync(4, Fetched("other"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(duplicate, Is.EqualTo(2));
            Assert.That(other, Is.Null, "another text has no duplicate");
        });
    }

    [Test]
    public async Task QueryAsync_Filters_BySourceStatusAndSince()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("a", [Url(1)], CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(1));
        await sut.EnqueueAsync("b", [Url(2), Url(3)], CancellationToken.None);
        await sut.SaveSummaryAsync(3, "h", Summary(), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((await sut.QueryAsync(new ArticleQuery(Source: "b"), CancellationToken.None)).Count, Is.EqualTo(2));
            var summarized = await sut.QueryAsync(new ArticleQuery(Status: ArticleStatus.Summarized), CancellationToken.None);
            Assert.That(summarized.Single().Summary!.Summary.Summary, Is.EqualTo("ملخص"));
            var recent = await sut.QueryAsync(new ArticleQuery(Since: Time.GetUtcNow().AddMinutes(-1)), CancellationToken.None);
            Assert.That(recent.Select(r => r.Article.Id), Is.EqualTo(new long[] { 2, 3 }));
            Assert.That((await sut.FindArticleByUrlAsync("https://news.example/a/2", CancellationToken.None))!.Id, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task UpsertSourceAsync_Twice_ReportsLatestStateAndCounts()
    {
        var sut = await CreateSut();
        await sut.UpsertSourceAsync(new SourceState { Name = "s", Url = "https://x/feed", ETag = "\"1\"" }, CancellationToken.None);
        await sut.UpsertSourceAsync(
            new SourceState { Name = "s", Url = "https://x/feed", ETag = "\"2\"", LastPolledAt = Time.GetUtcNow(), LastStatus = 200, NewArticles = 2 },
            CancellationToken.None);
        await sut.EnqueueAsync("s", [Url(1), Url(2)], CancellationToken.None);
        await sut.MarkFailedAsync(1, "x", null, CancellationToken.None);

        var state = await sut.GetSourceAsync("s", CancellationToken.None);
        var report = (await sut.GetSourceReportsAsync(CancellationToken.None)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(state!.ETag, Is.EqualTo("\"2\""));
            Assert.That(state.LastPolledAt, Is.EqualTo(Time.GetUtcNow()));
            Assert.That(report.Articles, Is.EqualTo(2));
            Assert.That(report.Failed, Is.EqualTo(1));
            Assert.That(report.Pending, Is.EqualTo(1));
            Assert.That(report.State.NewArticles, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task EnsureArticleAsync_SameUrl_ReturnsSameId()
    {
        var sut = await CreateSut();
        var first = await sut.EnsureArticleAsync("cli", "https://news.example/x", CancellationToken.None);
        var second = await sut.EnsureArticleAsync("cli", "https://news.example/x", CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(await sut.ClaimAsync("a", 1, Lease, CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task EnqueueAsync_TwoSourcesListOneUrl_EveryLookupCreditsBoth()
    {
        var sut = await CreateSut();
        await sut.EnqueueAsync("wire", [Url(1), Url(2)], CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(5));
        await sut.EnqueueAsync("map", [Url(2), Url(3)], CancellationToken.None);
        await sut.EnqueueAsync("map", [Url(2)], CancellationToken.None);
        await sut.UpsertSourceAsync(new SourceState { Name = "wire", Url = "https://x/feed" }, CancellationToken.None);
        await sut.UpsertSourceAsync(new SourceState { Name = "map", Url = "https://x/sitemap.xml" }, CancellationToken.None);

        // Keyed by URL: an identity column may skip numbers on a conflicting insert (PostgreSQL does).
        var all = (await sut.QueryAsync(new ArticleQuery(), CancellationToken.None)).ToDictionary(a => a.Article.Url[^1] - '0', a => a.Article);
        var byMap = await sut.QueryAsync(new ArticleQuery(Source: "map"), CancellationToken.None);
        var reports = (await sut.GetSourceReportsAsync(CancellationToken.None)).ToDictionary(r => r.State.Name, r => r.Articles);
        var byId = await sut.GetArticleAsync(all[2].Id, CancellationToken.None);
        var byUrl = await sut.FindArticleByUrlAsync("https://news.example/a/2", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(all[2].Sources, Is.EqualTo(new[] { "wire", "map" }), "in the order they first listed it");
            Assert.That(all[2].Source, Is.EqualTo("wire"));
            Assert.That(all[1].Sources, Is.EqualTo(new[] { "wire" }));
            Assert.That(all[3].Sources, Is.EqualTo(new[] { "map" }));
            Assert.That(byMap.Select(a => a.Article.Url), Is.EqualTo(new[] { "https://news.example/a/2", "https://news.example/a/3" }));
            Assert.That(reports, Is.EquivalentTo(new Dictionary<string, int> { ["wire"] = 2, ["map"] = 2 }));
            Assert.That(byId!.Sources, Is.EqualTo(new[] { "wire", "map" }));
            Assert.That(byUrl!.Sources, Is.EqualTo(new[] { "wire", "map" }));
        });
    }

    [Test]
    public async Task MigrateAsync_StoreFromBeforeArticleSources_CreditsEachArticleToItsSource()
    {
        var sut = await CreateSut();
        // A store an older build wrote: the migrations before article_sources, and articles in them.
        await using (var connection = await OpenRawAsync())
        {
            await RawAsync(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
            var scripts = EmbeddedMigrations(Dialect);
            var joinVersion = scripts.Single(m => m.Name.EndsWith("_article_sources.sql", StringComparison.Ordinal)).Version;
            foreach (var (version, _, sql) in scripts.Where(m => m.Version < joinVersion))
            {
                await RawAsync(connection, sql);
                await RawAsync(connection, $"INSERT INTO schema_version (version, applied_at) VALUES ({version}, 0)");
            }

            await RawAsync(connection, """
                INSERT INTO articles (url, source, status, next_attempt_at, discovered_at, updated_at)
                VALUES ('https://news.example/old/1', 'wire', 'pending', 0, 1000, 1000), ('https://news.example/old/2', 'map', 'pending', 0, 2000, 2000)
                """);
        }

        await sut.MigrateAsync(CancellationToken.None);
        await sut.EnqueueAsync("map", [new DiscoveredArticle(new Uri("https://news.example/old/1"), null)], CancellationToken.None);

        var all = await sut.QueryAsync(new ArticleQuery(), CancellationToken.None);
        var byWire = await sut.QueryAsync(new ArticleQuery(Source: "wire"), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(a => string.Join(",", a.Article.Sources)), Is.EqualTo(new[] { "wire,map", "map" }));
            Assert.That(byWire.Select(a => a.Article.Url), Is.EqualTo(new[] { "https://news.example/old/1" }));
        });
    }

    private static async Task RawAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The store's scripts as embedded, in order (the store's own list is internal).</summary>
    private static List<(long Version, string Name, string Sql)> EmbeddedMigrations(string dialect)
    {
        var prefix = $"Summarizer.Storage.Migrations.{dialect}/";
        var assembly = typeof(SqlArticleStore).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n.Replace('\\', '/')[prefix.Length..];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                var version = long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                return (version, file, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)
            .ToList();
    }
}
