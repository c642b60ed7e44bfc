using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Fetching;
using Summarizer.Fetching.Politeness;
using Summarizer.Sources;

namespace Summarizer.Core.Tests.Fetching;

/// <summary>The real fetching setup (<c>AddFetching</c>) on loopback, with a short total deadline and no retries.</summary>
internal static class FetchTestServices
{
    public static ServiceProvider Create(TimeSpan? totalTimeout = null, int maxRedirects = 5)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Fetching:AllowPrivateNetworks"] = "true",
            ["Summarizer:Fetching:MaxRetries"] = "0",
            ["Summarizer:Fetching:MaxRedirects"] = maxRedirects.ToString(CultureInfo.InvariantCulture),
            ["Summarizer:Fetching:Timeout"] = (totalTimeout ?? TimeSpan.FromSeconds(10)).ToString("c", CultureInfo.InvariantCulture),
            ["Summarizer:Fetching:TotalTimeout"] = (totalTimeout ?? TimeSpan.FromSeconds(10)).ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider();
    }

    public static IPageFetcher Fetcher(this ServiceProvider services) => services.GetRequiredService<IPageFetcher>();

    public static PolitenessGate Gate(this ServiceProvider services, TimeProvider? time = null, PolitenessOptions? options = null) =>
        new(services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(options ?? new PolitenessOptions { MinDelayPerHost = TimeSpan.Zero }),
            services.GetRequiredService<IOptions<FetchingOptions>>(), time ?? TimeProvider.System, NullLogger<PolitenessGate>.Instance);

    public static ConditionalFetcher Feeds(this ServiceProvider services, IPolitenessGate gate) =>
        new(services.GetRequiredService<IHttpClientFactory>(), gate, services.GetRequiredService<IOptions<FetchingOptions>>(), TimeProvider.System);
}
