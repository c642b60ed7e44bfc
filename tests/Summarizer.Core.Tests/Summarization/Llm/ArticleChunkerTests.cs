using Summarizer.Summarization.Llm.Chunking;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class ArticleChunkerTests
{
    private readonly TokenCounter _tokens = new();

    [Test]
    public void Split_ParagraphsOverBudget_KeepsEveryWordInPartsWithinBudget()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"{LlmTestArticles.Paragraphs[i % 5]} ({i})").ToList();

        var chunks = CreateSut().Split(paragraphs, budgetTokens: 200);

        Assert.Multiple(() =>
        {
            Assert.That(chunks, Has.Count.GreaterThan(1));
            Assert.That(chunks.Select(_tokens.Count), Has.All.LessThanOrEqualTo(200));
            Assert.That(string.Join('\n', chunks).Split('\n'), Is.EqualTo(paragraphs), "split only between paragraphs, nothing lost");
        });
    }

    [Test]
    public void Split_OneParagraphOverBudget_SplitsAtArabicSentenceEnds()
    {
        var sentences = Enumerable.Range(1, 12).Select(i => $"هل ستبدأ المرحلة رقم {i} من بناء المدارس الجديدة في المحافظات الجنوبية هذا العام؟").ToList();

        var chunks = CreateSut().Split([string.Join(' ', sentences)], budgetTokens: 80);

        Assert.Multiple(() =>
        {
            Assert.That(chunks, Has.Count.GreaterThan(1));
            Assert.That(chunks, Has.All.EndsWith("؟"), "each part ends at a question mark");
            Assert.That(string.Join(' ', chunks), Is.EqualTo(string.Join(' ', sentences)));
        });
    }

    [Test]
    public void Split_WithinBudget_ReturnsOnePart()
    {
        var chunks = CreateSut().Split(LlmTestArticles.Paragraphs, budgetTokens: 4000);

        Assert.That(chunks, Is.EqualTo(new[] { string.Join('\n', LlmTestArticles.Paragraphs) }));
    }

    private ArticleChunker CreateSut() => new(_tokens);
}
