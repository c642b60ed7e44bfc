namespace Summarizer.Summarization.Llm.Answers;

/// <summary>Either a parsed answer or the reason it could not be parsed, phrased for the repair prompt and the user.</summary>
internal sealed record AnswerParseResult(LlmAnswer? Answer, string? Error)
{
    public static AnswerParseResult Success(LlmAnswer answer) => new(answer, null);

    public static AnswerParseResult Failure(string error) => new(null, error);
}
