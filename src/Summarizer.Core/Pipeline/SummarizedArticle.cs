using Summarizer.Extraction;
using Summarizer.Summarization;

namespace Summarizer.Pipeline;

public sealed record SummarizedArticle(ArticleInput Input, ExtractedArticle Article, ArticleSummary Summary, StageTimings Timings);
