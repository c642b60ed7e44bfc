using Spectre.Console;
using Summarizer.Worker;

namespace Summarizer.Cli.Output;

/// <summary>A live status line on the terminal's stderr while <c>run --once</c> works through the articles.</summary>
internal sealed class RunProgress
{
    private readonly int[] _counts = new int[Enum.GetValues<ArticleOutcome>().Length];

    public static async Task<PassReport> ShowAsync(TextWriter stderr, WorkerPass pass, Func<Task<PassReport>> run)
    {
        var progress = new RunProgress();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Interactive = InteractionSupport.Yes });
        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync("polling sources…", async context =>
        {
            void OnProcessed(object? sender, ArticleOutcome outcome)
            {
                Interlocked.Increment(ref progress._counts[(int)outcome]);
                context.Status = Markup.Escape(progress.Describe());
            }

            pass.ArticleProcessed += OnProcessed;
            try
            {
                return await run();
            }
            finally
            {
                pass.ArticleProcessed -= OnProcessed;
            }
        });
    }

    private string Describe() => PassReporting.Outcomes(Count);

    private int Count(ArticleOutcome outcome) => Volatile.Read(ref _counts[(int)outcome]);
}
