using System.Text.Json;
using Summarizer.Testing.OpenAi;
using Summarizer.Text;

namespace Summarizer.Bench.Llm;

/// <summary>
/// A stand-in model that answers from the article it was sent: its first sentence as the summary and the next three
/// as key points (cut to 20 words). Every word comes from the article, so answers pass validation and each article
/// costs exactly one call, which is what the throughput measurement needs.
/// </summary>
internal static class EchoModel
{
    private const string Start = "### ARTICLE START ###";
    private const string End = "### ARTICLE END ###";

    public static FakeReply Answer(FakeChatRequest request, TimeSpan delay)
    {
        var user = request.User;
        var from = user.IndexOf(Start, StringComparison.Ordinal);
        var to = user.LastIndexOf(End, StringComparison.Ordinal);
        var data = from >= 0 && to > from ? user[(from + Start.Length)..to] : user;
        var body = data.Split("\n\n", 2) is [_, var rest] ? rest : data;
        var sentences = body.Split('\n').SelectMany(SentenceSplitter.Split).Where(s => WordTokenizer.Count(s) >= 4).ToList();
        var summary = sentences.FirstOrDefault() ?? body.Trim();
        var points = sentences.Skip(1).Take(3).Select(s => Cut(s, 20)).ToList();
        while (points.Count < 3)
        {
            points.Add(Cut(sentences.ElementAtOrDefault(points.Count) ?? summary, 20));
        }

        return new FakeReply { Content = JsonSerializer.Serialize(new { summary = Cut(summary, 60), keyPoints = points }, FakeReply.ModelJson), Delay = delay };
    }

    private static string Cut(string sentence, int words)
    {
        var parts = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? sentence : string.Join(' ', parts.Take(words));
    }
}
