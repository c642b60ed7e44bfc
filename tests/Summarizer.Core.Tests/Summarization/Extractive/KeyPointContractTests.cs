using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Extraction;
using Summarizer.Summarization.Extractive;
using Summarizer.Text;

namespace Summarizer.Core.Tests.Summarization.Extractive;

/// <summary>
/// The summary-box contract over 60 real texts from each dev set (copied under TestData): 3–5 key points when the
/// article has at least 4 sentences of 6 words or more, each a whole sentence of at most 40 words that does not open by
/// pointing back, and no dateline in the summary.
/// </summary>
[TestFixture]
public sealed partial class KeyPointContractTests
{
    private const int MaxWords = 40;

    public static IEnumerable<string> DevSets => ["dev-subset-multisource.jsonl", "dev-subset-bbc.jsonl"];

    [TestCaseSource(nameof(DevSets))]
    public async Task SummarizeAsync_DevTexts_BoxKeepsTheContract(string file)
    {
        var sut = ExtractiveSummarizerFactory.Create();
        var eligible = 0;
        var tooFew = new List<string>();
        var faults = new List<string>();
        var points = 0;
        var cuts = new List<string>();
        foreach (var (id, title, text) in Load(file))
        {
            var article = new ExtractedArticle { Title = title, Paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Language = "ar" };
            var box = await sut.SummarizeAsync(article, CancellationToken.None);
            var longEnough = LongSentences(text) >= 4;
            eligible += longEnough ? 1 : 0;
            if (longEnough && box.KeyPoints.Count < 3)
            {
                tooFew.Add(id);
            }

            if (box.KeyPoints.Count > 5 || Dateline.Length(box.Summary, articleStart: true) > 0)
            {
                faults.Add($"{id}: {box.KeyPoints.Count} points / summary «{box.Summary}»");
            }

            foreach (var point in box.KeyPoints)
            {
                points++;
                if (ReaderWords.Count(point) > MaxWords || Connectives.Opening(point).Kind != Connectives.Kind.None
                    || ImpliedSubject.Read(point) is { Speaker: null })
                {
                    faults.Add($"{id}: «{point}»");
                }

                if (IsCut(point, text))
                {
                    cuts.Add($"{id}: «{point}»");
                }
            }
        }

        Assert.That(faults, Is.Empty, "key points over 40 words or opening by pointing back, more than 5 points, or a dateline");
        Assert.That(cuts.Count, Is.LessThanOrEqualTo(points / 100), "at most 1% of key points end where the article's sentence goes on:\n" + string.Join('\n', cuts));
        // The issue's target is none; every one of these 120 texts long enough has its 3 points (on the whole dev files a
        // few lists of near-identical items, tweets and 100-word column sentences still fall short).
        Assert.That(tooFew, Is.Empty, $"articles long enough ({eligible}) with fewer than 3 key points");
    }

    /// <summary>Whether the point's last words continue in the article inside the same sentence.</summary>
    private static bool IsCut(string point, string article)
    {
        var words = WordTokenizer.Words(point);
        if (words.Count < 3)
        {
            return false;
        }

        var tail = string.Join(@"\W+", words.TakeLast(3).Select(Regex.Escape));
        var hits = Regex.Matches(article, @"(?<!\w)" + tail + @"(?!\w)");
        return hits.Count > 0 && hits.All(m => !EndsThere(article[m.Index..][m.Length..]));
    }

    private static bool EndsThere(string rest)
    {
        var r = rest.TrimStart(' ', '%', '\u00A0');
        return r.Length == 0 || r[0] is '.' or '!' or '؟' or '?' or '…' or '؛' or ';' or '\n' or ')' or ']' or '»' or '"' or '”' or ':' or '\''
            || AllowedTail().IsMatch(r);
    }

    [GeneratedRegex(@"^[،,]\s*(?:و?بحسب|و?وفقا|وفق|حسب|نقلا|طبقا|على حد|وذلك|حيث|مشير|مضيف|لافت|مؤكد|موضح|معتبر|مبين|منوه|معرب|مطالب|داعي|محذر|مشدد|واصف|متهم|معلن|مستدرك|متابع|بعد أن|قبل أن|عقب|مما|ما أدى|الأمر الذي|وهو ما|وهي ما|في حين|بينما|فيما|إلى جانب|بالإضافة|إضافة|علما|كما|وسط|في وقت|و)")]
    private static partial Regex AllowedTail();

    /// <summary>Sentences of 6 words or more, split at final punctuation and newlines.</summary>
    private static int LongSentences(string text) =>
        SentenceBreak().Split(text).Count(s => WordTokenizer.Count(s) >= 6);

    [GeneratedRegex(@"(?<=[.!؟?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    private static IEnumerable<(string Id, string Title, string Text)> Load(string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Summarization", file);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return (root.GetProperty("id").GetString()!, root.GetProperty("title").GetString() ?? string.Empty, root.GetProperty("text").GetString()!);
        }
    }
}
