namespace Summarizer.Fetching.Politeness;

/// <summary>The robots.txt group that applies to one user agent: Allow/Disallow (longest match wins, * and $ understood) and Crawl-delay.</summary>
internal sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, string? unavailableReason = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        UnavailableReason = unavailableReason;
    }

    public static RobotsRules AllowAll { get; } = new([], null);

    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>robots.txt could not be read (a server error, a timeout): nothing on the host is fetched until it can be.</summary>
    public bool IsUnavailable => UnavailableReason is not null;

    public string? UnavailableReason { get; }

    public static RobotsRules Unavailable(string reason) => new([("/", false)], null, reason);

    /// <summary>Parses robots.txt; the group naming a token of <paramref name="userAgent"/> wins over <c>*</c>.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var product = (userAgent ?? "").Split('/', ' ')[0].ToUpperInvariant();
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToUpperInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "USER-AGENT")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToUpperInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }

            if (field is "ALLOW" or "DISALLOW" && value.Length > 0)
            {
                current.Rules.Add((value, field == "ALLOW"));
            }
            else if (field == "CRAWL-DELAY" && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                current.Delay = TimeSpan.FromSeconds(seconds);
            }
        }

        var chosen = groups.Where(g => product.Length > 0 && g.Agents.Any(a => a != "*" && product.Contains(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return chosen.Count == 0
            ? AllowAll
            : new RobotsRules(chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    public bool IsAllowed(string pathAndQuery)
    {
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return !anchored || position == path.Length || (parts.Length > 1 && path.EndsWith(parts[^1], StringComparison.Ordinal));
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
