using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Summarization.Llm.Answers;
using Summarizer.Summarization.Llm.Chunking;
using Summarizer.Summarization.Llm.Client;
using Summarizer.Summarization.Llm.Prompts;
using Summarizer.Summarization.Llm.Validation;

namespace Summarizer.Summarization.Llm;

/// <summary>
/// Summarizes an article with an LLM: one call when the article fits the context window, otherwise one call per part
/// and a combining call. Every answer is parsed tolerantly and validated in code; a failed check gets one repair
/// request that names the problems; an answer that still fails is replaced by the extractive summary (the default) or
/// kept as not grounded (<see cref="LlmOptions.OnValidationFailure"/>).
/// </summary>
internal sealed class LlmSummarizer(
    ILlmChatClient client,
    PromptLibrary prompts,
    TokenCounter tokens,
    ArticleChunker chunker,
    SummaryValidator validator,
    IExtractiveFallback fallback,
    IOptions<LlmOptions> options,
    IOptions<SummaryContract> contract,
    ILogger<LlmSummarizer> logger) : IArticleSummarizer, IVersionedSummarizer
{
    /// <summary>Room left for the tokenizer of another model family counting a little more than ours.</summary>
    private const double TokenizerMargin = 0.9;

    private readonly LlmOptions _options = options.Value;
    private readonly IReadOnlyDictionary<string, string> _contract = contract.Value.PromptVariables();
    private readonly string _promptVersion = contract.Value.PromptSignature() is { Length: > 0 } signature
        ? prompts.SetVersion + ";" + signature
        : prompts.SetVersion;

    public string Name => SummarizerSelector.LlmName;

    public string? Model => _options.Model;

    /// <summary>The prompt set's version, and the contract the prompts were filled with when it is not the default.</summary>
    public string PromptVersion => _promptVersion;

    public async Task<ArticleSummary> SummarizeAsync(ExtractedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Paragraphs.All(string.IsNullOrWhiteSpace))
        {
            throw new SummarizerException(FailureKind.NotAnArticle, "not enough text to summarize");
        }

        var name = (article.CanonicalUrl ?? article.Url)?.AbsoluteUri ?? article.Title;
        var run = new LlmRun();
        var articleText = ArticleData.Format(article);
        var articleTokens = tokens.Count(articleText);
        if (articleTokens > _options.MaxArticleTokens)
        {
            throw new SummarizerException(FailureKind.SummarizationFailed,
                $"the article has {articleTokens} tokens, more than Summarizer__Llm__MaxArticleTokens = {_options.MaxArticleTokens}: " +
                "it was not sent to the LLM (nothing is cut to fit); raise the limit or use --summarizer extractive");
        }

        var budget = Budget();
        var draft = articleTokens <= budget
            ? await AskAsync(prompts[PromptNames.SummarizeArticle], Variables(("article", articleText)), articleText, articleTokens, run, cancellationToken)
            : await MapReduceAsync(article, name, articleTokens, budget, run, cancellationToken);

        var issues = validator.Validate(draft.Answer, articleText);
        if (issues.Count > 0 && !draft.Repaired)
        {
            LlmLog.Repairing(logger, name, string.Join("; ", issues));
            var repaired = await TryRepairAsync(draft, issues, run, cancellationToken);
            if (repaired is not null)
            {
                draft = repaired;
                issues = validator.Validate(draft.Answer, articleText);
            }
            else
            {
                issues = [.. issues, "the repair answer could not be read"];
            }
        }

        LlmLog.Summarized(logger, name, run.Usage.Calls, run.Usage.PromptTokens, run.Usage.CompletionTokens, run.Usage.Cost, issues.Count == 0);
        if (issues.Count > 0)
        {
            LlmLog.NotGrounded(logger, name, _options.OnValidationFailure.ToString(), string.Join("; ", issues));
            if (_options.OnValidationFailure == LlmValidationFallback.Extractive)
            {
                return await fallback.SummarizeAsync(article, issues, run.Usage, Readable(draft.Answer), cancellationToken);
            }
        }

        return new ArticleSummary
        {
            Summary = draft.Answer.Summary,
            KeyPoints = draft.Answer.KeyPoints,
            Summarizer = Name,
            Model = Model,
            PromptVersion = PromptVersion,
            Grounded = issues.Count == 0,
            ValidationIssues = issues,
            Usage = run.Usage,
        };
    }

    /// <summary>The rejected answer as an editor reads it: the summary, then one key point a line.</summary>
    private static string Readable(LlmAnswer answer) =>
        string.Join('\n', [answer.Summary, .. answer.KeyPoints.Select(p => "- " + p)]);

    /// <summary>Tokens of data one call may carry: the window less the answer, a repair's copy of the answer, and the template.</summary>
    internal int Budget() =>
        (int)((_options.ContextWindowTokens - (2 * _options.MaxOutputTokens) - prompts.MaxTemplateTokens - 64) * TokenizerMargin);

    private async Task<Draft> MapReduceAsync(
        ExtractedArticle article, string name, int articleTokens, int budget, LlmRun run, CancellationToken cancellationToken)
    {
        var titleTokens = tokens.Count(article.Title) + 2;
        var chunks = chunker.Split(article.Paragraphs.Select(ArticleData.Sanitize).ToList(), Math.Max(64, budget - titleTokens));
        LlmLog.Chunked(logger, name, articleTokens, budget, chunks.Count);

        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunkPrompt = prompts[PromptNames.SummarizeChunk];
        var parts = await Task.WhenAll(chunks.Select(async (chunk, i) =>
        {
            var data = ArticleData.Format(article.Title, [chunk]);
            try
            {
                return await AskAsync(chunkPrompt,
                    Variables(("part", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("parts", chunks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("article", data)),
                    data, tokens.Count(data), run, failFast.Token);
            }
            catch
            {
                await failFast.CancelAsync();
                throw;
            }
        }));

        var answers = parts.Select(p => p.Answer).ToList();
        while (true)
        {
            var combined = FormatParts(answers);
            var combinedTokens = tokens.Count(combined);
            if (combinedTokens <= budget || answers.Count <= 2)
            {
                return await AskAsync(prompts[PromptNames.CombineSummaries], Variables(("summaries", combined)), combined, combinedTokens, run, cancellationToken);
            }

            // Too many part summaries for one call: combine them in groups that fit, and again until one call will do.
            var groups = Group(answers, budget);
            var next = new List<LlmAnswer>();
            foreach (var group in groups)
            {
                var text = FormatParts(group);
                var draft = await AskAsync(prompts[PromptNames.CombineSummaries], Variables(("summaries", text)), text, tokens.Count(text), run, cancellationToken);
                next.Add(draft.Answer);
            }

            answers = next;
        }
    }

    private List<List<LlmAnswer>> Group(List<LlmAnswer> answers, int budget)
    {
        var groups = new List<List<LlmAnswer>> { new() };
        var size = 0;
        foreach (var answer in answers)
        {
            var answerTokens = tokens.Count(FormatParts([answer]));
            if (groups[^1].Count >= 2 && size + answerTokens > budget)
            {
                groups.Add([]);
                size = 0;
            }

            groups[^1].Add(answer);
            size += answerTokens;
        }

        return groups;
    }

    private static string FormatParts(IReadOnlyList<LlmAnswer> answers) =>
        ArticleData.Sanitize(string.Join("\n\n", answers.Select((a, i) =>
            $"[{i + 1}] {a.Summary}\n" + string.Join('\n', a.KeyPoints.Select(p => "- " + p)))));

    /// <summary>One call; an answer that cannot be read gets one repair request, and a second failure ends the article.</summary>
    private async Task<Draft> AskAsync(
        LlmPrompt prompt, Dictionary<string, string> variables, string source, int sourceTokens, LlmRun run, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(prompt, variables, sourceTokens, run, cancellationToken);
        var parsed = AnswerParser.Parse(reply.Text);
        if (parsed.Answer is not null)
        {
            return new Draft(parsed.Answer, reply.Text!, source, sourceTokens, Repaired: false);
        }

        var problem = Describe(parsed.Error!, reply);
        LlmLog.RepairingUnreadable(logger, prompt.VersionTag, problem);
        var repair = await CallAsync(prompts[PromptNames.RepairAnswer], RepairVariables(source, reply.Text ?? "", [problem]), sourceTokens, run, cancellationToken);
        var reparsed = AnswerParser.Parse(repair.Text);
        return reparsed.Answer is not null
            ? new Draft(reparsed.Answer, repair.Text!, source, sourceTokens, Repaired: true)
            : throw LlmErrors.Answer($"LLM answer unusable after one repair request: first {problem}, then {Describe(reparsed.Error!, repair)}");
    }

    private async Task<Draft?> TryRepairAsync(Draft draft, IReadOnlyList<string> issues, LlmRun run, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(prompts[PromptNames.RepairAnswer], RepairVariables(draft.Source, draft.Raw, issues), draft.SourceTokens, run, cancellationToken);
        var parsed = AnswerParser.Parse(reply.Text);
        return parsed.Answer is null ? null : draft with { Answer = parsed.Answer, Raw = reply.Text!, Repaired = true };
    }

    private async Task<LlmReply> CallAsync(
        LlmPrompt prompt, Dictionary<string, string> variables, int sourceTokens, LlmRun run, CancellationToken cancellationToken)
    {
        var reply = await client.CompleteAsync(prompt, variables, sourceTokens + prompt.TemplateTokens, cancellationToken);
        LlmLog.Answer(logger, prompt.VersionTag, reply.Text);
        run.Add(reply.Usage);
        return reply;
    }

    private Dictionary<string, string> RepairVariables(string source, string answer, IReadOnlyList<string> problems) =>
        Variables(("article", source), ("answer", ArticleData.Sanitize(answer)), ("problems", string.Join('\n', problems.Select(p => "- " + p))));

    private Dictionary<string, string> Variables(params (string Name, string Value)[] values)
    {
        var variables = new Dictionary<string, string>(_contract, StringComparer.Ordinal) { ["language"] = ArticleData.LanguageName(_options.OutputLanguage) };
        foreach (var (name, value) in values)
        {
            variables[name] = value;
        }

        return variables;
    }

    private string Describe(string error, LlmReply reply) =>
        string.Equals(reply.FinishReason, "length", StringComparison.OrdinalIgnoreCase)
            ? $"{error} (the answer was cut at Summarizer__Llm__MaxOutputTokens = {_options.MaxOutputTokens})"
            : string.IsNullOrEmpty(reply.Text) ? "the LLM endpoint returned an empty answer (no choice or no content)" : error;
}
