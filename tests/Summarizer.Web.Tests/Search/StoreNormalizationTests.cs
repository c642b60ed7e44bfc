using Microsoft.Extensions.Time.Testing;
using Summarizer.Storage;
using Summarizer.Storage.Catalog;
using Summarizer.Testing;
using Summarizer.Web.Tests.Support;

namespace Summarizer.Web.Tests.Search;

/// <summary>The same spelling cases against both stores: the text is stored one way, searched another.</summary>
public abstract class StoreNormalizationTests
{
    public static readonly object[] Cases =
    [
        new object[] { "وصل الوفد إلى امريكا", "أمريكا" },
        new object[] { "وصل الوفد إلى أمريكا", "امريكا" },
        new object[] { "افتتح مستشفى جديد", "مستشفي" },
        new object[] { "افتتحت مدرسة جديدة", "مدرسه" },
        new object[] { "قال مُحَمَّدٌ إن", "محمد" },
        new object[] { "قال محمد إن", "مُحَمَّد" },
        new object[] { "كان العام جـــميلا", "جميلا" },
        new object[] { "في عام ٢٠٢٥ وقع", "2025" },
        new object[] { "في عام 2025 وقع", "٢٠٢٥" },
        new object[] { "رئيس إسرائيل", "اسرائيل" },
        new object[] { "Trump met Putin", "TRUMP" },
    ];

    /// <summary>
    /// The definite article and the clitics written before it (و ف ب ك ل, and لل = ل + ال) on either side, after a space or
    /// common punctuation: what a reader who types the bare word, or the word with its article, expects to find.
    /// </summary>
    public static readonly object[] ArticleCases =
    [
        new object[] { "أعلنت الحكومة خطة جديدة", "حكومة" },
        new object[] { "اجتمع الوزير والحكومة أمس", "الحكومة" },
        new object[] { "قدم دعما للحكومة الجديدة", "الحكومة" },
        new object[] { "رحب بالحكومة الجديدة", "حكومة" },
        new object[] { "قال إن فالحكومة مسؤولة", "حكومة" },
        new object[] { "تعمل كالحكومة تماما", "الحكومة" },
        new object[] { "وبالحكومة الجديدة بدأ العمل", "حكومة" },
        new object[] { "شكرا للوزير وللحكومة أيضا", "الحكومة" },
        new object[] { "شكلت حكومة جديدة", "الحكومة" },
        new object[] { "أعلنت الحكومة خطة جديدة", "والحكومة" },
        new object[] { "أعلنت الحكومة خطة جديدة", "للحكومة" },
        new object[] { "قال «الحكومة» إنها", "حكومة" },
        new object[] { "تحدث الوزير،والحكومة صامتة", "حكومة" },
        new object[] { "وصل إلى الأُرْدُنّ", "اردن" },
        new object[] { "سهروا طوال الليل", "لليل" },
        new object[] { "في ليل طويل", "لليل" },
        new object[] { "سهرا لليل كله", "ليل" },
        new object[] { "سهرا لليل كله", "الليل" },
        new object[] { "طعم الليمون حامض", "لليمون" },
        new object[] { "قال؟ الحكومة! مسؤولة", "حكومة" },
    ];

    /// <summary>A bare letter before a word is as often its first root letter: these would be wrong answers.</summary>
    public static readonly object[] NotClitics =
    [
        new object[] { "طرح فكرة جديدة", "كرة" },
        new object[] { "عين وزير جديد", "زير" },
        new object[] { "زار لبنان أمس", "بنان" },
        new object[] { "زار بريطانيا أمس", "ريطانيا" },
    ];

    /// <summary>A stem is three letters or more, in the index as in the query: الذي is a word, not ال + ذي.</summary>
    public static readonly object[] ShortStems =
    [
        new object[] { "قال الذي حضر", "ذي" },
        new object[] { "قال الذي حضر", "ذى" },
        new object[] { "التي وصلت", "تي" },
        new object[] { "الذي؟ نعم", "ذي" },
    ];

    protected abstract Task<(SqlArticleStore Store, IArticleCatalog Catalog)> CreateAsync();

    [TestCaseSource(nameof(ArticleCases))]
    public async Task SearchAsync_WordWithOrWithoutItsArticle_Found(string text, string query)
    {
        var (store, catalog) = await CreateAsync();
        var id = await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "عنوان", text + ".", "ملخص.", ["نقطة"]);
        await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "آخر", "نص مختلف تماما.", "ملخص.", ["نقطة"]);

        var page = await catalog.SearchAsync(query, CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(page.Items.Select(i => i.Article.Id), Is.EqualTo(new[] { id }));
    }

    [TestCaseSource(nameof(NotClitics))]
    public async Task SearchAsync_BareLetterBeforeAWord_NotTakenForAClitic(string text, string query)
    {
        var (store, catalog) = await CreateAsync();
        await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "عنوان", text + ".", "ملخص.", ["نقطة"]);

        var page = await catalog.SearchAsync(query, CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(page.Items, Is.Empty);
    }

    [TestCaseSource(nameof(ShortStems))]
    public async Task SearchAsync_WordWhoseStemWouldBeTwoLetters_NotFoundByThoseTwo(string text, string query)
    {
        var (store, catalog) = await CreateAsync();
        await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "عنوان", text + ".", "ملخص.", ["نقطة"]);

        var page = await catalog.SearchAsync(query, CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(page.Items, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task SearchAsync_StoredOneWaySearchedAnother_Found(string text, string query)
    {
        var (store, catalog) = await CreateAsync();
        var id = await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "عنوان", text + ".", "ملخص.", ["نقطة"]);
        await Seed.SummarizedAsync(store, "s", "https://x.example/" + Guid.NewGuid(), "آخر", "نص مختلف تماما.", "ملخص.", ["نقطة"]);

        var page = await catalog.SearchAsync(query, CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(page.Items.Select(i => i.Article.Id), Is.EqualTo(new[] { id }));
    }

    /// <summary>
    /// Pages of a word in most articles and of a word in few, published out of discovery order: PostgreSQL answers the first
    /// from the newest articles and the second (and a last page) through its index; both must give the same order as a list.
    /// </summary>
    [TestCase("مشترك", 1)]
    [TestCase("مشترك", 2)]
    [TestCase("مشترك", 5)]
    [TestCase("مشترك", 10)]
    [TestCase("نادر", 1)]
    [TestCase("نادر", 2)]
    public async Task SearchAsync_PagesOfACommonAndARareWord_NewestFirstLikeTheList(string word, int page)
    {
        var (store, catalog) = await CreateAsync();
        var start = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var expected = new List<(DateTimeOffset Published, long Id)>();
        for (var i = 0; i < 80; i++)
        {
            // published out of the order of discovery (ids); every fourth article has the common word, every 25th the rare one,
            // two of which are among the 60 newest (more than PostgreSQL's first try looks at for a page of 2)
            var published = start.AddHours(i * 7 % 80);
            var words = (i % 4 == 0 ? "مشترك " : "") + (i % 25 == 0 ? "نادر " : "") + "نص.";
            var id = await Seed.SummarizedAsync(store, "s", $"https://x.example/p{i}", "عنوان", words, "ملخص.", ["نقطة"], published);
            if (words.Contains(word, StringComparison.Ordinal))
            {
                expected.Add((published, id));
            }
        }

        var result = await catalog.SearchAsync(word, CatalogFilter.All, new CatalogPaging(page, 2), CancellationToken.None);

        var ordered = expected.OrderByDescending(e => e.Published).ThenByDescending(e => e.Id).Select(e => e.Id).ToList();
        Assert.That(result.Items.Select(i => i.Article.Id), Is.EqualTo(ordered.Skip((page - 1) * 2).Take(2)));
        Assert.That(result.HasMore, Is.EqualTo(ordered.Count > page * 2));
    }

    [Test]
    public async Task SearchAsync_KeyPointOnly_Found()
    {
        var (store, catalog) = await CreateAsync();
        var id = await Seed.SummarizedAsync(store, "s", "https://x.example/k", "عنوان", "نص.", "ملخص.", ["أوكرانيا وروسيا"]);

        var page = await catalog.SearchAsync("اوكرانيا", CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(page.Items.Select(i => i.Article.Id), Is.EqualTo(new[] { id }));
    }

    [TestCase("\"")]
    [TestCase("NEAR(")]
    [TestCase("'; drop table articles; --")]
    [TestCase("a:* & !b")]
    public async Task SearchAsync_HostileSyntax_NoErrorAndStoreIntact(string query)
    {
        var (store, catalog) = await CreateAsync();
        await Seed.SummarizedAsync(store, "s", "https://x.example/h", "عنوان", "نص.", "ملخص.", ["نقطة"]);

        await catalog.SearchAsync(query, CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That((await catalog.LatestAsync(CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None)).Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SearchAsync_ArticleResummarizedWithNewText_OldWordGoneNewWordFound()
    {
        var (store, catalog) = await CreateAsync();
        var id = await Seed.SummarizedAsync(store, "s", "https://x.example/r", "عنوان", "كلمة قديمة.", "ملخص.", ["نقطة"]);
        var hash = ContentHash.Compute("كلمة جديدة.");
        await store.RecordFetchedAsync(id, new FetchedArticle(null, "عنوان", null, null, "ar", "كلمة جديدة.", hash), CancellationToken.None);
        await store.SaveSummaryAsync(id, hash, new Summarization.ArticleSummary
        {
            Summary = "ملخص.", KeyPoints = ["نقطة"], Summarizer = "extractive", PromptVersion = "v",
        }, CancellationToken.None);

        var old = await catalog.SearchAsync("قديمة", CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);
        var fresh = await catalog.SearchAsync("جديدة", CatalogFilter.All, new CatalogPaging(1, 10), CancellationToken.None);

        Assert.That(old.Items, Is.Empty);
        Assert.That(fresh.Items.Select(i => i.Article.Id), Is.EqualTo(new[] { id }));
    }
}

[TestFixture]
public sealed class SqliteStoreNormalizationTests : StoreNormalizationTests
{
    private readonly List<IDisposable> _owned = [];
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("summarizer-search-");

    [TearDown]
    public void TearDown()
    {
        _owned.ForEach(o => o.Dispose());
        _owned.Clear();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    protected override Task<(SqlArticleStore Store, IArticleCatalog Catalog)> CreateAsync()
    {
        var connection = $"Data Source={Path.Combine(_folder.FullName, Guid.NewGuid() + ".db")}";
        var store = new SqliteArticleStore(connection, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)));
        _owned.Add(store);
        return Task.FromResult<(SqlArticleStore, IArticleCatalog)>((store, new SqliteArticleCatalog(store)));
    }
}

[TestFixture]
[NonParallelizable]
public sealed class PostgresStoreNormalizationTests : StoreNormalizationTests
{
    private readonly List<IDisposable> _owned = [];
    private PostgresServer? _server;
    private string _lastConnection = "";

    [OneTimeSetUp]
    public async Task StartServer() => _server = await PostgresFixture.StartOrIgnoreAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _owned.ForEach(o => o.Dispose());
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected override async Task<(SqlArticleStore Store, IArticleCatalog Catalog)> CreateAsync()
    {
        var connection = _lastConnection = await _server!.CreateDatabaseAsync();
        var store = new PostgresArticleStore(connection, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)));
        var catalog = new PostgresArticleCatalog(store);
        _owned.Add(store);
        return (store, catalog);
    }

    [TestCase("أإآٱ ىة ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ مُحَمَّدٌ جـــميل ٰ")]
    [TestCase("نص عادي بلا تغيير")]
    public async Task Normalize_SqlFunction_SameAsArabicSearchText(string text)
    {
        var (_, catalog) = await CreateAsync();
        await catalog.PingAsync(CancellationToken.None);
        await using var connection = new Npgsql.NpgsqlConnection(_lastConnection);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT summarizer_search_normalize(@t)", connection);
        command.Parameters.AddWithValue("t", text);

        var sql = (string)(await command.ExecuteScalarAsync())!;

        Assert.That(sql.ToLowerInvariant(), Is.EqualTo(Text.ArabicSearchText.Normalize(text)));
    }
}
