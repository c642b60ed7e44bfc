using Summarizer.Fetching.Politeness;
using Summarizer.Sources;

namespace Summarizer.Cli.Check;

/// <summary>Fetches each enabled source's feed once, as the worker would: robots.txt, HTTP status, parsing, articles listed.</summary>
internal static class SourceCheck
{
    public static async Task RunAsync(SourceDiscoverer discoverer, SourcesOptions sources, CheckReport report, CancellationToken cancellationToken)
    {
        var enabled = sources.Enabled.ToList();
        if (enabled.Count == 0)
        {
            report.Inform("sources", Worker.PassReporting.NoSourcesHint);
            return;
        }

        foreach (var source in enabled)
        {
            var name = $"source '{source.DisplayName}' ({source.Url})";
            try
            {
                var discovery = await discoverer.DiscoverAsync(source, null, null, cancellationToken);
                if (discovery.Articles.Count == 0)
                {
                    report.Fail(name, "reachable and allowed by robots.txt, but it lists no articles: check the URL points to an RSS/Atom feed, a sitemap or a URL list");
                }
                else
                {
                    report.Pass(name, $"reachable, allowed by robots.txt, parsed: {discovery.Articles.Count} articles listed");
                }
            }
            catch (RobotsDisallowedException)
            {
                report.Fail(name, $"robots.txt disallows {source.Url!.AbsolutePath} to our user agent (Summarizer__Fetching__UserAgent); the worker will not fetch it");
            }
            catch (SummarizerException ex)
            {
                report.Fail(name, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Politeness is shared through the store (host turns): a store that is away fails the fetch too.
                report.Fail(name, $"not fetched: {ex.Message}");
            }
        }
    }
}
