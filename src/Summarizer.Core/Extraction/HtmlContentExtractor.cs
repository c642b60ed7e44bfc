using AngleSharp.Dom;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Extraction.Html;
using Summarizer.Extraction.Metadata;
using Summarizer.Fetching;

namespace Summarizer.Extraction;

/// <summary>
/// HTML article extraction: prune boilerplate, score containers, keep the better of the best container and
/// the all-paragraphs baseline (checked against JSON-LD), then read metadata from its best evidence.
/// </summary>
internal sealed class HtmlContentExtractor(IOptions<ExtractionOptions> options, ILogger<HtmlContentExtractor>? logger = null, TimeProvider? time = null)
{
    // Below this many times the minimum, the pruned candidate is checked against the unpruned page.
    private const int RescueFactor = 1;

    private readonly ILogger _logger = logger ?? NullLogger<HtmlContentExtractor>.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public ExtractedArticle Extract(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return ExtractCore(page);
        }
        catch (SummarizerException)
        {
            throw;
        }
#pragma warning disable CA1031 // The contract: nothing but "not an article" escapes, whatever the markup.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            ExtractionLog.Failed(_logger, page.Url, ex);
            throw new SummarizerException(FailureKind.NotAnArticle, "the page could not be read as an article", ex);
        }
    }

    private ExtractedArticle ExtractCore(FetchedPage page)
    {
        var settings = options.Value;
        var html = HtmlDocumentLoader.Decode(page);
        using var document = HtmlDocumentLoader.Parse(html, settings.MaxHtmlChars);
        var metadata = MetadataReader.Read(document, page.Url, _time.GetUtcNow(), html);
        var (blocks, source) = Body(document, metadata, settings, page.Url);
        var letters = CandidateChooser.Letters(blocks);
        if (letters < settings.MinArticleLetters)
        {
            // The page keeps its title and dates: a listing or a stub is not summarized, but it is still a known page.
            throw new SummarizerException(FailureKind.NotAnArticle, "no article text was found on the page (too little prose outside navigation and boilerplate)")
            {
                Detail = Article(page, metadata, []), // read as exception.Page (NotAnArticleDetail)
            };
        }

        var paragraphs = blocks.Select(b => b.Text).ToList();
        if (GarbledText.IsGarbled(string.Join('\n', paragraphs)))
        {
            // No metadata is kept either: the title is as garbled as the text.
            throw new SummarizerException(FailureKind.NotAnArticle, "the page's text is garbled: its bytes do not read as text in the declared charset or in any charset detected from them (words like \"ÈÇáÝíÏíæ\"), so it is not summarized");
        }

        ExtractionLog.Extracted(_logger, page.Url, letters, paragraphs.Count, source);
        return Article(page, metadata, paragraphs);
    }

    private static ExtractedArticle Article(FetchedPage page, PageMetadata metadata, List<string> paragraphs)
    {
        var language = ArticleLanguage.Resolve(metadata.DeclaredLanguage, paragraphs);
        return new ExtractedArticle
        {
            Title = metadata.Title,
            Paragraphs = paragraphs,
            Authors = metadata.Authors,
            Byline = metadata.Authors.Count > 0 ? string.Join(", ", metadata.Authors) : null,
            PublishedAt = metadata.PublishedAt,
            ModifiedAt = metadata.ModifiedAt,
            Language = language,
            Direction = metadata.DeclaredDirection ?? LanguageGuess.DirectionOf(language),
            Url = page.Url,
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Description = metadata.Description,
            ImageUrl = metadata.ImageUrl,
        };
    }

    private (List<TextBlock> Blocks, string Source) Body(IDocument document, PageMetadata metadata, ExtractionOptions settings, Uri? url)
    {
        if (document.Body is not { } body)
        {
            return ([], "none");
        }

        var pruned = Candidate(body, metadata, settings, url, pruneNames: true);
        if (CandidateChooser.Letters(pruned.Blocks) >= settings.MinArticleLetters * RescueFactor)
        {
            return pruned;
        }

        // Little or nothing survived pruning: a class word on the article's wrapper ("tag-…", "paywall", "share")
        // may have deleted it. The unpruned page is the second candidate; it wins only with more text.
        var unpruned = Candidate(body, metadata, settings, url, pruneNames: false);
        return CandidateChooser.Letters(unpruned.Blocks) > CandidateChooser.Letters(pruned.Blocks) ? (unpruned.Blocks, unpruned.Source + "-unpruned") : pruned;
    }

    private (List<TextBlock> Blocks, string Source) Candidate(IElement body, PageMetadata metadata, ExtractionOptions settings, Uri? url, bool pruneNames)
    {
        var dom = new DomIndexBuilder(settings.MaxElements, settings.MaxDepth, pruneNames).Build(body);
        if (dom.Truncated && pruneNames)
        {
            ExtractionLog.Truncated(_logger, url);
        }

        var collector = new ParagraphCollector(dom);
        var filter = new BlockFilter(metadata.Title, metadata.Authors);
        var scores = CandidateScoring.Score(dom);
        var top = CandidateScoring.Top(dom, scores);
        List<TextBlock> main = [];
        if (top >= 0)
        {
            var roots = SiblingMerger.Roots(dom, scores, top);
            main = filter.Apply(collector.Collect([.. LeadFinder.Before(dom, top, roots, metadata.Title), .. roots]));
        }

        var baseline = filter.Apply(BaselineCollector.Collect(dom, collector));
        var chosen = CandidateChooser.Choose(main, baseline, metadata.ArticleBody);
        var source = ReferenceEquals(chosen, main) ? "main" : ReferenceEquals(chosen, baseline) ? "baseline" : "json-ld";
        return (chosen, source);
    }
}
