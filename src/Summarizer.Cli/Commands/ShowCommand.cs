using System.CommandLine;
using System.Globalization;
using Summarizer.Cli.Output;
using Summarizer.Sources;
using Summarizer.Storage;

namespace Summarizer.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliConsole console, Option<bool> verbose)
    {
        var key = new Argument<string>("id-or-url") { Description = "The article's id (from summarizer list) or its URL" };
        var command = new Command("show", "Show one stored article: its state and its summary") { key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(console, parse.GetValue(verbose), HostParts.Store, cancellationToken);
            var store = host.Get<IArticleLookup>();
            var value = parse.GetValue(key)!;
            var article = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await store.GetArticleAsync(id, cancellationToken)
                : await store.FindArticleByUrlAsync(UrlNormalizer.TryNormalize(value, null)?.AbsoluteUri ?? value, cancellationToken);
            if (article is null)
            {
                throw new SummarizerException(FailureKind.BadInput, $"no stored article '{value}'");
            }

            var output = console.Out;
            await output.WriteLineAsync($"id: {article.Id}\nurl: {article.Url}\ncanonical: {article.CanonicalUrl ?? "-"}\nsources: {StoreOptions.Sources(article)}");
            await output.WriteLineAsync($"status: {article.Status.Name()}\nattempts: {article.Attempts}\nupdated: {StoreOptions.Time(article.UpdatedAt)}");
            if (article.LastError is { } error)
            {
                await output.WriteLineAsync($"last error: {error}");
            }

            var summaries = await store.GetSummariesAsync(article.Id, cancellationToken);
            var current = summaries.FirstOrDefault(s => s.Id == article.SummaryId);
            if (current is not null)
            {
                var grounded = current.Summary.Grounded switch { true => "yes", false => "no", null => "-" };
                await output.WriteLineAsync(
                    $"summarizer: {current.Key.Summarizer}\nmodel: {current.Key.Model ?? "-"}\nprompt version: {current.Key.PromptVersion}\n" +
                    $"summarized: {StoreOptions.Time(current.CreatedAt)}\ngrounded: {grounded}\n");
                await output.WriteAsync(SummaryRenderer.Text(StoredSummaries.ToSummarized(article, current)));
                await WriteReviewAsync(output, current.Summary);
            }

            if (summaries.Count > 1)
            {
                await output.WriteLineAsync($"\nearlier summaries: {string.Join(", ", summaries.Where(s => s != current).Select(s => $"#{s.Id} {StoreOptions.Time(s.CreatedAt)}"))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Why the summary is not the LLM's, and the answer that was rejected, for an editor to review.</summary>
    private static async Task WriteReviewAsync(TextWriter output, Summarization.ArticleSummary summary)
    {
        if (summary.ValidationIssues.Count > 0)
        {
            await output.WriteLineAsync("\nvalidation issues:");
            foreach (var issue in summary.ValidationIssues)
            {
                await output.WriteLineAsync($"  - {issue}");
            }
        }

        if (summary.RejectedAnswer is { } rejected)
        {
            await output.WriteLineAsync("\nrejected LLM answer (not shown as the summary):");
            foreach (var line in rejected.Split('\n'))
            {
                await output.WriteLineAsync($"  {line}");
            }
        }
    }
}
