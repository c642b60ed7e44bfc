using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Summarizer.Http;

namespace Summarizer.Fetching;

internal static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchingOptions>()
            .Bind(configuration.GetSection(FetchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        var client = services.AddHttpClient(HttpPageFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<FetchingOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.All,
                    AllowAutoRedirect = false, // RedirectHandler follows them, checking each target's scheme
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectCallback = (context, ct) => GuardedConnector.ConnectAsync(context, options.AllowPrivateNetworks, ct),
                };
            })
            .ConfigureHttpClient((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<FetchingOptions>>().Value;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar,en;q=0.5");
            });
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var options = sp.GetRequiredService<IOptions<FetchingOptions>>().Value;
                // A refused private address will not become public on retry.
                StandardResilience.Apply(resilience, options.Timeout, options.TotalTimeout, options.MaxRetries,
                    outcome => outcome.Exception?.InnerException is PrivateNetworkRefusedException);
            });
        client.AddHttpMessageHandler(sp => new RedirectHandler(sp.GetRequiredService<IOptions<FetchingOptions>>().Value.MaxRedirects));

        services.AddSingleton<IPageFetcher, HttpPageFetcher>();
        return services;
    }
}
