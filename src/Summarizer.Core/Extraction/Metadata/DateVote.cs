namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Turns date evidence into one published and one modified date. Implausible dates (before 1995, or after the page
/// was read) are refused; a UTC timestamp takes the local day of evidence that shows the same moment with its
/// offset, or of the URL (publishers convert local times to UTC, which moves evening articles to the next day); then
/// the day with the most weight wins. Modified dates stand in only when nothing names the publication.
/// </summary>
internal static class DateVote
{
    /// <summary>Time zones are whole hours or half hours apart (an offset must be whole minutes, and fractions of a second are no zone).</summary>
    private const long HalfHour = 30 * TimeSpan.TicksPerMinute;

    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="found">The evidence.</param>
    /// <param name="now">When the page was read.</param>
    /// <param name="shown">The days the page shows its reader (datelines, &lt;time&gt; elements).</param>
    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Decide(List<DateCandidate> found, DateTimeOffset now, IReadOnlySet<DateOnly>? shown = null)
    {
        var plausible = found.Where(c => c.Value >= Earliest && c.Value <= now.AddDays(1)).ToList();
        var local = plausible.Select(c => Localize(c, plausible)).ToList();
        var modified = Best(local.Where(c => c.Modified).ToList());
        var published = Best(local.Where(c => !c.Modified).ToList());
        if (published is { } p && modified is { } m && Day(p) != Day(m) && shown is not null && shown.Contains(Day(m)) && !shown.Contains(Day(p)))
        {
            // The page shows the update as its date and nowhere the first publication: the reader's date is the update.
            return (m, m);
        }

        return (published ?? modified, modified);
    }

    private static DateOnly Day(DateTimeOffset value) => DateOnly.FromDateTime(value.DateTime);

    private static DateCandidate Localize(DateCandidate utc, List<DateCandidate> all)
    {
        if (utc.Zone != DateZone.Utc)
        {
            return utc;
        }

        foreach (var other in all)
        {
            if (other.Zone == DateZone.Offset && Math.Abs((other.Value - utc.Value).TotalMinutes) < 2)
            {
                return utc with { Value = other.Value, Zone = DateZone.Offset };
            }

            // The same moment written as a local time without its zone: the clocks differ by whole hours only.
            var shift = other.Value.DateTime - utc.Value.DateTime;
            if (other.Zone == DateZone.Unwritten && other.Value.TimeOfDay != TimeSpan.Zero && shift != TimeSpan.Zero
                && Math.Abs(shift.TotalHours) <= 14 && shift.Ticks % HalfHour == 0)
            {
                return utc with { Value = new DateTimeOffset(other.Value.DateTime, shift), Zone = DateZone.Offset };
            }
        }

        return utc;
    }

    private static DateTimeOffset? Best(List<DateCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        // The URL's day is the local day: a UTC value a day off it is the same publication seen from Greenwich.
        var days = candidates.GroupBy(c => c.Day).Select(g => (Day: g.Key, Weight: g.Sum(c => c.Weight), First: g.First())).ToList();
        foreach (var utc in candidates.Where(c => c.Zone == DateZone.Utc))
        {
            var neighbour = days.Where(d => d.Day != utc.Day && Math.Abs(d.Day.DayNumber - utc.Day.DayNumber) == 1 && d.First.Zone != DateZone.Utc)
                .OrderByDescending(d => d.Weight).FirstOrDefault();
            if (neighbour.Weight >= DateSources.Url)
            {
                var index = days.FindIndex(d => d.Day == utc.Day);
                var to = days.FindIndex(d => d.Day == neighbour.Day);
                days[to] = days[to] with { Weight = days[to].Weight + utc.Weight };
                days[index] = days[index] with { Weight = days[index].Weight - utc.Weight };
            }
        }

        var best = days.OrderByDescending(d => d.Weight).First();
        return best.First.Value;
    }
}
