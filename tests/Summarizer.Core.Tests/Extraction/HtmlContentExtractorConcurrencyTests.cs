using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Extraction;

namespace Summarizer.Core.Tests.Extraction;

/// <summary>The worker extracts several pages at once with one extractor instance, from a cold start.</summary>
[TestFixture]
public sealed class HtmlContentExtractorConcurrencyTests
{
    private static readonly string[] Sentences =
    [
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل",
        "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة في عدة محافظات",
        "ويتوقع الخبراء أن تسهم هذه الخطوة في زيادة الإنتاج المحلي وتقليل الاعتماد على الاستيراد",
        "وأشار المسؤولون إلى أن التمويل سيأتي من ميزانية الدولة ومن شراكات مع مؤسسات دولية مختلفة",
    ];

    [Test]
    public void Extract_ManyPagesInParallelOnAFreshInstance_EveryPageSucceeds()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddExtraction(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var sut = services.GetRequiredService<IContentExtractor>();
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                var article = sut.Extract(GoldenPages.FromHtml(Page(i)));
                if (!article.Text.Contains($"(خبر {i})", StringComparison.Ordinal))
                {
                    failures.Add($"{i}: wrong text");
                }
            }
            catch (SummarizerException ex)
            {
                failures.Add($"{i}: {ex.Message}: {ex.InnerException}");
            }
        });

        Assert.That(failures, Is.Empty);
    }

    private static string Page(int i)
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 5).Select(p =>
            $"<p>{Sentences[(p + i) % Sentences.Length]}. {Sentences[(p + i + 1) % Sentences.Length]} (خبر {i}).</p>"));
        return $"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر {i}</title></head>" +
               $"<body><nav>الرئيسية</nav><article><h1>خبر {i}</h1>{paragraphs}</article><footer>جميع الحقوق محفوظة</footer></body></html>";
    }
}
