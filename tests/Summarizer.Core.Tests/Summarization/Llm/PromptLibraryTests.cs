using Summarizer.Summarization.Llm.Chunking;
using Summarizer.Summarization.Llm.Prompts;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class PromptLibraryTests
{
    [TestCase("summarize-article", "summarize_article")]
    [TestCase("summarize-chunk", "summarize_chunk")]
    [TestCase("combine-summaries", "combine_summaries")]
    [TestCase("repair-answer", "repair_answer")]
    public void Indexer_EmbeddedPrompt_LoadsWithVersionAndDelimiters(string file, string function)
    {
        var prompt = CreateSut()[file];

        Assert.Multiple(() =>
        {
            Assert.That(prompt.Function.Name, Is.EqualTo(function));
            Assert.That(prompt.Version, Is.GreaterThanOrEqualTo(1));
            Assert.That(prompt.VersionTag, Is.EqualTo($"{file}@{prompt.Version}"));
            Assert.That(prompt.TemplateTokens, Is.InRange(50, 350), "the prompt overhead stays small");
        });
    }

    private static PromptLibrary CreateSut() => new(new TokenCounter());
}
