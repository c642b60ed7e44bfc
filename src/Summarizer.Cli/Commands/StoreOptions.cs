using System.CommandLine;
using System.Globalization;
using Summarizer.Storage;

namespace Summarizer.Cli.Commands;

internal static class StoreOptions
{
    public static Option<string?> Source() => new("--source") { Description = "Only articles this source found (its Name), also those another source found first" };

    public static Option<string?> Status()
    {
        var option = new Option<string?>("--status")
        {
            Description = "Only articles in this state",
            HelpName = string.Join('|', ArticleStatusNames.All),
            CustomParser = result =>
            {
                var value = result.Tokens.Count == 0 ? null : result.Tokens[0].Value.ToLowerInvariant();
                if (value is not null && !ArticleStatusNames.All.Contains(value))
                {
                    result.AddError($"--status must be one of {string.Join(", ", ArticleStatusNames.All)}, not '{value}'");
                }

                return value;
            },
        };
        option.CompletionSources.Add([.. ArticleStatusNames.All]);
        return option;
    }

    public static Option<DateTimeOffset?> Since(TimeProvider time) => new("--since")
    {
        Description = "Only articles changed since this time (ISO 8601, e.g. 2026-05-01 or 2026-05-01T08:00Z) or for this long (e.g. 24h, 7d)",
        CustomParser = result => ParseSince(result.Tokens.Single().Value, time.GetUtcNow(), result),
    };

    private static DateTimeOffset? ParseSince(string value, DateTimeOffset now, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (value.Length > 1 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? span = value[^1] switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (span is { } s)
            {
                return now - s;
            }
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        result.AddError($"--since: '{value}' is neither a date nor a duration like 24h or 7d");
        return null;
    }

    /// <summary>Every source that found the article, the first first: <c>wire, sitemap</c>.</summary>
    public static string Sources(ArticleRecord article) =>
        string.Join(", ", article.Sources.Count > 0 ? article.Sources : [article.Source]);

    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";
}
