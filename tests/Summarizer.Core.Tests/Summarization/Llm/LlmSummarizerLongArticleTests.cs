using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction;
using Summarizer.Testing.OpenAi;

namespace Summarizer.Core.Tests.Summarization.Llm;

/// <summary>An article over the context budget is summarized in parts and combined: never cut.</summary>
[TestFixture]
public sealed partial class LlmSummarizerLongArticleTests : LlmFixture
{
    [Test]
    public async Task SummarizeAsync_ArticleOverBudget_SummarizesEveryPartThenCombinesLast()
    {
        var article = LongArticle(paragraphs: 40);
        var sut = await CreateSut();

        var result = await sut.SummarizeAsync(article, CancellationToken.None);

        var requests = Server!.Requests;
        var chunkCalls = requests.Where(r => r.User.StartsWith("Summarize part", StringComparison.Ordinal)).ToList();
        var parts = chunkCalls.Select(r => PartPattern().Match(r.User)).ToList();
        var sentBody = string.Join('\n', chunkCalls.Select(r => DataBlock(r.User)));
        Assert.Multiple(() =>
        {
            Assert.That(chunkCalls, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(requests, Has.Count.EqualTo(chunkCalls.Count + 1), "the parts, then one combining call");
            Assert.That(requests[^1].User, Does.StartWith("Combine these part summaries"), "combining comes last");
            Assert.That(parts.Select(m => int.Parse(m.Groups["part"].Value, System.Globalization.CultureInfo.InvariantCulture)),
                Is.EquivalentTo(Enumerable.Range(1, chunkCalls.Count)));
            Assert.That(parts.Select(m => m.Groups["parts"].Value).Distinct(), Is.EqualTo(new[] { chunkCalls.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            Assert.That(article.Paragraphs, Has.All.Matches<string>(p => Occurrences(sentBody, p) == 1), "every paragraph is sent exactly once");
            Assert.That(requests[^1].User, Does.Contain("[1] ").And.Contain($"[{chunkCalls.Count}] "), "every part summary reaches the combining call");
            Assert.That(result.PromptVersion, Is.EqualTo("combine-summaries@1,repair-answer@1,summarize-article@1,summarize-chunk@1"));
            Assert.That(result.Usage!.Calls, Is.EqualTo(requests.Count));
            Assert.That(result.Grounded, Is.True, string.Join("; ", result.ValidationIssues));
        });
    }

    [Test]
    public async Task SummarizeAsync_ArticleWithinBudget_MakesOneCall()
    {
        var sut = await CreateSut();

        await sut.SummarizeAsync(LongArticle(paragraphs: 5), CancellationToken.None);

        Assert.That(Server!.Requests.Single().User, Does.StartWith("Summarize this article."));
    }

    [Test]
    public async Task SummarizeAsync_ArticleOverMaxArticleTokens_FailsNamingTheLimitWithoutAnyCall()
    {
        var sut = await CreateSut(maxArticleTokens: 1000);

        var ex = Assert.ThrowsAsync<SummarizerException>(() => sut.SummarizeAsync(LongArticle(paragraphs: 40), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(FailureKind.SummarizationFailed));
            Assert.That(ex.Message, Does.Contain("Summarizer__Llm__MaxArticleTokens = 1000").And.Contain("not sent"));
            Assert.That(Server!.Requests, Is.Empty, "nothing was paid for");
        });
    }

    [Test]
    public async Task SummarizeAsync_ArticleJustUnderMaxArticleTokens_IsSummarized()
    {
        var sut = await CreateSut(maxArticleTokens: 1000);

        var result = await sut.SummarizeAsync(LongArticle(paragraphs: 5), CancellationToken.None);

        Assert.That(result.Summarizer, Is.EqualTo("llm"));
    }

    private static ExtractedArticle LongArticle(int paragraphs) => LlmTestArticles.Article() with
    {
        Paragraphs = Enumerable.Range(1, paragraphs)
            .Select(i => $"{LlmTestArticles.Paragraphs[i % LlmTestArticles.Paragraphs.Length]} الفقرة رقم {i} من التقرير.")
            .ToList(),
    };

    private static string DataBlock(string user)
    {
        var start = user.IndexOf("### ARTICLE START ###", StringComparison.Ordinal) + "### ARTICLE START ###".Length;
        return user[start..user.IndexOf("### ARTICLE END ###", StringComparison.Ordinal)];
    }

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;

    private Task<Summarizer.Summarization.IArticleSummarizer> CreateSut(int? maxArticleTokens = null) =>
        StartLlmAsync([LlmTestArticles.Grounded()], s =>
        {
            s["Summarizer:Llm:ContextWindowTokens"] = "2048";
            s["Summarizer:Llm:MaxOutputTokens"] = "256";
            if (maxArticleTokens is { } max)
            {
                s["Summarizer:Llm:MaxArticleTokens"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        });

    [GeneratedRegex(@"^Summarize part (?<part>\d+) of (?<parts>\d+)")]
    private static partial Regex PartPattern();
}
