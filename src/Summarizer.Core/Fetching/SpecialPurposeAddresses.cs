using System.Net;

namespace Summarizer.Fetching;

/// <summary>
/// The special-purpose ranges of <c>SpecialPurposeAddresses.txt</c> (the IANA registries, kept as data): which are
/// refused, and which IPv6 forms carry an IPv4 address that must be checked in their place.
/// </summary>
internal static class SpecialPurposeAddresses
{
    private const string ResourceName = "Summarizer.Fetching.SpecialPurposeAddresses.txt";

    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);

    public enum Action
    {
        Refuse,
        Ipv4InLast32Bits,
        Ipv4In6To4,
    }

    /// <summary>The IPv4 address an IPv6 transition form (mapped, translated, NAT64, 6to4) wraps; the address itself otherwise.</summary>
    public static IPAddress Unwrap(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var bytes = address.GetAddressBytes();
        foreach (var entry in Entries.Value)
        {
            if (entry.Action != Action.Refuse && entry.Range.Contains(bytes))
            {
                return entry.Action == Action.Ipv4In6To4 ? new IPAddress(bytes.AsSpan(2, 4)) : new IPAddress(bytes.AsSpan(12, 4));
            }
        }

        return address;
    }

    /// <summary>The name of the refused range holding <paramref name="address"/>, or null when none does.</summary>
    public static string? RefusedRange(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var bytes = address.GetAddressBytes();
        return Entries.Value.FirstOrDefault(e => e.Action == Action.Refuse && e.Range.Contains(bytes))?.Name;
    }

    internal static IReadOnlyList<Entry> Load()
    {
        using var stream = typeof(SpecialPurposeAddresses).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal static IReadOnlyList<Entry> Parse(string text)
    {
        var entries = new List<Entry>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            var action = fields[1] switch
            {
                "refuse" => Action.Refuse,
                "ipv4-last32" => Action.Ipv4InLast32Bits,
                "ipv4-6to4" => Action.Ipv4In6To4,
                var other => throw new FormatException($"unknown action '{other}' in {ResourceName}"),
            };
            entries.Add(new Entry(AddressRange.Parse(fields[0]), action, fields.Length > 2 ? fields[2] : fields[0]));
        }

        return entries;
    }

    internal sealed record Entry(AddressRange Range, Action Action, string Name);
}
