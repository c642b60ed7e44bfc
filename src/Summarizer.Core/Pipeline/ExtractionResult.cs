using Summarizer.Extraction;

namespace Summarizer.Pipeline;

public sealed record ExtractionResult(ArticleInput Input, ExtractedArticle Article, StageTimings Timings);
