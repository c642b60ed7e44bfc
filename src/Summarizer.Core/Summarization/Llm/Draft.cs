using Summarizer.Summarization.Llm.Answers;

namespace Summarizer.Summarization.Llm;

/// <summary>
/// A parsed answer, the raw text it came from, and the source it was written from (the article, or for a long
/// article its part summaries) so a repair request can show the model the same data again.
/// </summary>
internal sealed record Draft(LlmAnswer Answer, string Raw, string Source, int SourceTokens, bool Repaired);
