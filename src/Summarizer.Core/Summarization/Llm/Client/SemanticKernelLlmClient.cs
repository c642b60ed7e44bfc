using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;
using Summarizer.Summarization.Llm.Budget;
using Summarizer.Summarization.Llm.Chunking;
using Summarizer.Summarization.Llm.Circuit;
using Summarizer.Summarization.Llm.Prompts;
using Summarizer.Summarization.Llm.RateLimiting;
using Summarizer.Text;

namespace Summarizer.Summarization.Llm.Client;

/// <summary>
/// Invokes a prompt function on the kernel under the shared rate limits, and reads the usage the server reported
/// (estimated with the tokenizer when a server reports none).
/// </summary>
internal sealed class SemanticKernelLlmClient(
    Kernel kernel,
    LlmRateLimiter limiter,
    LlmCircuit circuit,
    LlmBudget budget,
    TokenCounter tokens,
    IOptions<LlmOptions> options,
    ILogger<SemanticKernelLlmClient> logger) : ILlmChatClient
{
    private readonly LlmOptions _options = options.Value;

    public async Task<LlmReply> CompleteAsync(
        LlmPrompt prompt, IReadOnlyDictionary<string, string> variables, int promptTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(variables);
        var arguments = new KernelArguments(Settings());
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        // An open circuit or a spent budget refuses before anything waits: no timeout paid, no token spent.
        circuit.ThrowIfOpen();
        var reservation = await budget.ReserveAsync(promptTokens, cancellationToken);
        var used = TokenUsage.None;
        try
        {
            var reply = await CallAsync(prompt, arguments, promptTokens, cancellationToken);
            used = reply.Usage;
            return reply;
        }
        finally
        {
            await budget.CommitAsync(reservation, used);
        }
    }

    private async Task<LlmReply> CallAsync(LlmPrompt prompt, KernelArguments arguments, int promptTokens, CancellationToken cancellationToken)
    {
        FunctionResult result;
        using (await limiter.AcquireAsync(promptTokens + _options.MaxOutputTokens, cancellationToken))
        {
            LlmLog.Calling(logger, prompt.VersionTag, promptTokens);
            try
            {
                result = await prompt.Function.InvokeAsync(kernel, arguments, cancellationToken);
            }
            catch (ArgumentOutOfRangeException)
            {
                // The connector reads choices[0]; an answer with "choices": [] is an empty answer, not a crash.
                circuit.Succeeded();
                LlmLog.Called(logger, prompt.VersionTag, promptTokens, 0, "no choices");
                return new LlmReply(null, new TokenUsage(promptTokens, 0, 1, LlmPricing.Cost(_options, promptTokens, 0)), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                circuit.Failed();
                var error = LlmErrors.From(ex, _options);
                LlmLog.CallFailed(logger, prompt.VersionTag, error.Message);
                throw error;
            }
        }

        circuit.Succeeded();
        var message = result.GetValue<ChatMessageContent>();
        var text = SafeText.Clean(message?.Content);
        if (EchoesApiKey(text))
        {
            // Never logged, printed, stored or sent back in a repair request: the answer is dropped here.
            LlmLog.CallFailed(logger, prompt.VersionTag, "the answer contains the API key");
            throw LlmErrors.Answer("the LLM answer contains the API key: rejected as hostile (the answer is not shown or stored)");
        }

        var usage = ReadUsage(message?.Metadata ?? result.Metadata, promptTokens, text);
        var finish = (message?.Metadata ?? result.Metadata) is { } m && m.TryGetValue("FinishReason", out var reason) ? reason?.ToString() : null;
        LlmLog.Called(logger, prompt.VersionTag, usage.PromptTokens, usage.CompletionTokens, finish);
        return new LlmReply(text, usage, finish);
    }

    /// <summary>
    /// A key shorter than 8 characters is not looked for: it would match ordinary words and such a key is no secret anyway.
    /// </summary>
    private bool EchoesApiKey(string? text) =>
        text is not null && _options.ApiKey is { Length: >= 8 } key && text.Contains(key.Trim(), StringComparison.Ordinal);

    private OpenAIPromptExecutionSettings Settings() => new()
    {
        Temperature = _options.Temperature,
        MaxTokens = _options.MaxOutputTokens,
        ResponseFormat = SummarySchema.For(_options.ResponseFormat),
    };

    private TokenUsage ReadUsage(IReadOnlyDictionary<string, object?>? metadata, int promptTokens, string? text)
    {
        var (input, output) = metadata is not null && metadata.TryGetValue("Usage", out var value) && value is ChatTokenUsage usage
            ? (usage.InputTokenCount, usage.OutputTokenCount)
            : (promptTokens, tokens.Count(text ?? ""));
        return new TokenUsage(input, output, 1, LlmPricing.Cost(_options, input, output));
    }
}
