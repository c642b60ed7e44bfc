using Microsoft.ML.Tokenizers;

namespace Summarizer.Summarization.Llm.Chunking;

/// <summary>
/// Counts tokens with the o200k_base encoding (GPT-4o and later). Other models' tokenizers differ by some percent,
/// which the chunker's safety margin absorbs.
/// </summary>
internal sealed class TokenCounter
{
    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.Value.CountTokens(text);
}
