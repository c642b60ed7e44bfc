using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Fetching.Politeness;

internal sealed class PolitenessGate : IPolitenessGate, IDisposable
{
    /// <summary>Google reads the first 500 KiB of a robots.txt and ignores the rest; so do we.</summary>
    private const int MaxRobotsBytes = 500 * 1024;

    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _global;
    private readonly IHttpClientFactory _clients;
    private readonly PolitenessOptions _options;
    private readonly string _userAgent;
    private readonly TimeSpan _fetchTimeout;
    private readonly TimeProvider _time;
    private readonly IHostTurns _turns;
    private readonly ILogger<PolitenessGate> _logger;

    public PolitenessGate(
        IHttpClientFactory clients, IOptions<PolitenessOptions> options, IOptions<FetchingOptions> fetching, TimeProvider time,
        ILogger<PolitenessGate> logger, IHostTurns? turns = null)
    {
        _clients = clients;
        _turns = turns ?? new InProcessHostTurns(time);
        _options = options.Value;
        _userAgent = fetching.Value.UserAgent;
        _fetchTimeout = fetching.Value.TotalTimeout;
        _time = time;
        _logger = logger;
        _global = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
    }

    /// <remarks>
    /// The in-process lock per host comes first so that a process waits for a fleet-wide turn (a database row lock on
    /// PostgreSQL) with one request per host at most; the turn is held while the request runs, then the next one to the
    /// host may go <see cref="DelayFor"/> later, whichever worker sends it.
    /// </remarks>
    public async Task<IAsyncDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = url.GetLeftPart(UriPartial.Authority);
        var host = _hosts.GetOrAdd(key, _ => new HostState());
        await host.Lock.WaitAsync(cancellationToken);
        try
        {
            if (_options.RespectRobotsTxt)
            {
                var robots = await GetRobotsAsync(host, key, cancellationToken);
                if (robots.IsUnavailable)
                {
                    throw new RobotsUnavailableException(url, robots.UnavailableReason!);
                }

                if (!robots.IsAllowed(url.PathAndQuery))
                {
                    PolitenessLog.Disallowed(_logger, url);
                    throw new RobotsDisallowedException(url);
                }
            }

            var turn = await _turns.TakeAsync(key, cancellationToken);
            try
            {
                await _global.WaitAsync(cancellationToken);
            }
            catch
            {
                await turn.DisposeAsync();
                throw;
            }

            turn.DelayAfter = DelayFor(host);
            return new Admission(this, host, turn);
        }
        catch
        {
            host.Lock.Release();
            throw;
        }
    }

    private TimeSpan DelayFor(HostState host)
    {
        var crawlDelay = host.Robots?.CrawlDelay is { } delay ? (delay > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : delay) : TimeSpan.Zero;
        return crawlDelay > _options.MinDelayPerHost ? crawlDelay : _options.MinDelayPerHost;
    }

    /// <summary>
    /// The host's robots.txt rules, read at most once per <see cref="PolitenessOptions.RobotsCacheDuration"/>. As RFC 9309
    /// says: 2xx is parsed (its first 500 KiB, as Google reads), 4xx means no rules, and a server error, 429, a timeout or
    /// a network failure means "disallow for now": no URL of the host is fetched and robots.txt is asked again after
    /// <see cref="PolitenessOptions.RobotsRetryDelay"/> (rules read earlier stay in force meanwhile).
    /// </summary>
    private async Task<RobotsRules> GetRobotsAsync(HostState host, string key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (host.Robots is { } cached && host.RobotsExpire > now)
        {
            return cached;
        }

        var robotsUrl = new Uri(key + "/robots.txt");
        await using var turn = await _turns.TakeAsync(key, cancellationToken); // robots.txt is a request to the host like any other
        var (read, unavailable) = await ReadRobotsAsync(robotsUrl, cancellationToken);
        var rules = read ?? RobotsRules.AllowAll;
        if (unavailable is not null)
        {
            PolitenessLog.RobotsUnavailable(_logger, robotsUrl, unavailable);
            rules = host.Robots is { IsUnavailable: false } earlier ? earlier : RobotsRules.Unavailable(unavailable);
        }

        host.Robots = rules;
        host.RobotsExpire = _time.GetUtcNow() + (unavailable is null ? _options.RobotsCacheDuration : _options.RobotsRetryDelay);
        turn.DelayAfter = DelayFor(host);
        return rules;
    }

    /// <returns>The rules, or why robots.txt could not be read (then the rules are null).</returns>
    private async Task<(RobotsRules? Rules, string? Unavailable)> ReadRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        using var deadline = FetchDeadline.Start(_fetchTimeout, _time, cancellationToken);
        try
        {
            using var response = await _clients.CreateClient(HttpPageFetcher.ClientName)
                .GetAsync(robotsUrl, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => (RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(
                    await HttpResponses.ReadPrefixAsync(response, MaxRobotsBytes, deadline.Token)), _userAgent), null),
                429 or >= 500 => (null, $"HTTP {status}"),
                _ => (RobotsRules.AllowAll, null), // 4xx, or a redirect left unfollowed: no rules
            };
        }
        catch (SummarizerException)
        {
            return (RobotsRules.AllowAll, null); // a redirect that is not followed (too many, another scheme): as a 4xx
        }
        catch (Exception ex) when (HttpResponses.ToFetchFailure(ex, deadline, cancellationToken) is { } failure)
        {
            return (null, failure.Message);
        }
    }

    public void Dispose() => _global.Dispose();

    private sealed class HostState
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public RobotsRules? Robots { get; set; }

        public DateTimeOffset RobotsExpire { get; set; }
    }

    private sealed class Admission(PolitenessGate gate, HostState host, IHostTurn turn) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                try
                {
                    await turn.DisposeAsync();
                }
                finally
                {
                    gate._global.Release();
                    host.Lock.Release();
                }
            }
        }
    }
}
