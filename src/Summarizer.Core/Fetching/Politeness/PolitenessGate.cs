using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Fetching.Politeness;

internal sealed class PolitenessGate : IPolitenessGate, IDisposable
{
    /// <summary>Google reads the first 500 KiB of a robots.txt; a larger one is treated as unavailable.</summary>
    private const long MaxRobotsBytes = 512 * 1024;

    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _global;
    private readonly IHttpClientFactory _clients;
    private readonly PolitenessOptions _options;
    private readonly string _userAgent;
    private readonly TimeProvider _time;
    private readonly ILogger<PolitenessGate> _logger;

    public PolitenessGate(
        IHttpClientFactory clients, IOptions<PolitenessOptions> options, IOptions<FetchingOptions> fetching, TimeProvider time,
        ILogger<PolitenessGate> logger)
    {
        _clients = clients;
        _options = options.Value;
        _userAgent = fetching.Value.UserAgent;
        _time = time;
        _logger = logger;
        _global = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
    }

    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = _hosts.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new HostState());
        await host.Lock.WaitAsync(cancellationToken);
        try
        {
            if (_options.RespectRobotsTxt)
            {
                var robots = await GetRobotsAsync(host, url, cancellationToken);
                if (!robots.IsAllowed(url.PathAndQuery))
                {
                    PolitenessLog.Disallowed(_logger, url);
                    throw new RobotsDisallowedException(url);
                }
            }

            await WaitTurnAsync(host, cancellationToken);
            await _global.WaitAsync(cancellationToken);
            return new Admission(this, host);
        }
        catch
        {
            host.Lock.Release();
            throw;
        }
    }

    private async Task WaitTurnAsync(HostState host, CancellationToken cancellationToken)
    {
        var wait = host.NextAllowed - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private TimeSpan DelayFor(HostState host)
    {
        var crawlDelay = host.Robots?.CrawlDelay is { } delay ? (delay > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : delay) : TimeSpan.Zero;
        return crawlDelay > _options.MinDelayPerHost ? crawlDelay : _options.MinDelayPerHost;
    }

    private async Task<RobotsRules> GetRobotsAsync(HostState host, Uri url, CancellationToken cancellationToken)
    {
        if (host.Robots is { } cached && host.RobotsExpire > _time.GetUtcNow())
        {
            return cached;
        }

        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        await WaitTurnAsync(host, cancellationToken);
        RobotsRules rules;
        try
        {
            using var response = await _clients.CreateClient(HttpPageFetcher.ClientName)
                .GetAsync(robotsUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            rules = response.StatusCode switch
            {
                HttpStatusCode.OK => RobotsRules.Parse(
                    System.Text.Encoding.UTF8.GetString(await HttpResponses.ReadLimitedAsync(response, MaxRobotsBytes, cancellationToken)), _userAgent),
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => RobotsRules.DisallowAll,
                _ => RobotsRules.AllowAll,
            };
        }
        catch (Exception ex) when (ex is SummarizerException || HttpResponses.ToFetchFailure(ex, cancellationToken) is not null)
        {
            PolitenessLog.RobotsUnavailable(_logger, robotsUrl, ex.Message);
            rules = RobotsRules.AllowAll;
        }

        host.Robots = rules;
        host.RobotsExpire = _time.GetUtcNow() + _options.RobotsCacheDuration;
        host.NextAllowed = _time.GetUtcNow() + DelayFor(host);
        return rules;
    }

    public void Dispose() => _global.Dispose();

    private sealed class HostState
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;

        public RobotsRules? Robots { get; set; }

        public DateTimeOffset RobotsExpire { get; set; }
    }

    private sealed class Admission(PolitenessGate gate, HostState host) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                host.NextAllowed = gate._time.GetUtcNow() + gate.DelayFor(host);
                gate._global.Release();
                host.Lock.Release();
            }
        }
    }
}
