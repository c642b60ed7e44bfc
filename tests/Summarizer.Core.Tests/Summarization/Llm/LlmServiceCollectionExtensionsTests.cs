using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Summarization;
using Summarizer.Summarization.Extractive;
using Summarizer.Summarization.Llm;

namespace Summarizer.Core.Tests.Summarization.Llm;

[TestFixture]
public sealed class LlmServiceCollectionExtensionsTests
{
    [Test]
    public void AddLlmSummarizer_ProviderNone_RegistersNoLlmAndAutoIsExtractive()
    {
        using var services = CreateSut(new() { ["Summarizer:Llm:Provider"] = "None", ["Summarizer:Llm:Model"] = "gpt-4o-mini" });

        var selector = services.GetRequiredService<ISummarizerSelector>();

        Assert.Multiple(() =>
        {
            Assert.That(services.GetServices<IArticleSummarizer>().Select(s => s.Name), Is.EqualTo(new[] { "extractive" }));
            Assert.That(selector.Select(SummarizerChoice.Auto).Name, Is.EqualTo("extractive"));
            Assert.That(() => selector.Select(SummarizerChoice.Llm), Throws.TypeOf<SummarizerException>()
                .With.Property(nameof(SummarizerException.Kind)).EqualTo(FailureKind.BadInput));
        });
    }

    [Test]
    public void AddLlmSummarizer_OpenAICompatibleEndpoint_AutoPicksTheLlm()
    {
        using var services = CreateSut(new()
        {
            ["Summarizer:Llm:Provider"] = "OpenAI", ["Summarizer:Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Summarizer:Llm:Model"] = "test",
        });

        Assert.That(services.GetRequiredService<ISummarizerSelector>().Select(SummarizerChoice.Auto).Name, Is.EqualTo("llm"));
    }

    [TestCase("OpenAI", null, null, "Summarizer__Llm__Model is required")]
    [TestCase("OpenAI", "gpt-4o-mini", null, "Summarizer__Llm__ApiKey is required for OpenAI")]
    [TestCase("AzureOpenAI", "my-deployment", null, "Summarizer__Llm__Endpoint and Summarizer__Llm__ApiKey are required for Azure OpenAI")]
    public void AddLlmSummarizer_ProviderWithoutItsSettings_FailsValidationNamingTheVariable(string provider, string? model, string? endpoint, string expected)
    {
        using var services = CreateSut(new()
        {
            ["Summarizer:Llm:Provider"] = provider, ["Summarizer:Llm:Model"] = model, ["Summarizer:Llm:Endpoint"] = endpoint,
        });

        Assert.That(() => services.GetRequiredService<IOptions<LlmOptions>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains(expected));
    }

    [Test]
    public void AddLlmSummarizer_TimeoutOutOfRange_FailsValidation()
    {
        using var services = CreateSut(new()
        {
            ["Summarizer:Llm:Provider"] = "OpenAI", ["Summarizer:Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Summarizer:Llm:Model"] = "test",
            ["Summarizer:Llm:Timeout"] = "00:00:00.001",
        });

        Assert.That(() => services.GetRequiredService<IOptions<LlmOptions>>().Value, Throws.TypeOf<OptionsValidationException>());
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddExtractiveSummarizer(configuration);
        services.AddLlmSummarizer(configuration);
        services.AddSummarization(configuration);
        return services.BuildServiceProvider();
    }
}
