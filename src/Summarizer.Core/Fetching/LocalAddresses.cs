using System.Net;
using System.Net.NetworkInformation;

namespace Summarizer.Fetching;

/// <summary>
/// The machine's own interface addresses: a public address of this host reaches its own services (an admin port,
/// a database) as surely as 127.0.0.1 does. Read again at most once a minute, as interfaces come and go.
/// </summary>
internal static class LocalAddresses
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);
    private static readonly Lock Gate = new();
    private static HashSet<IPAddress> _addresses = [];
    private static long _readAt = long.MinValue;

    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Current().Contains(WithoutScope(address));
    }

    private static HashSet<IPAddress> Current()
    {
        lock (Gate)
        {
            var now = Environment.TickCount64;
            if (_readAt == long.MinValue || now - _readAt > (long)RefreshAfter.TotalMilliseconds)
            {
                _addresses = Read();
                _readAt = now;
            }

            return _addresses;
        }
    }

    private static HashSet<IPAddress> Read()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses)
                .Select(a => WithoutScope(a.Address))
                .ToHashSet();
        }
        catch (NetworkInformationException)
        {
            return []; // the special-purpose ranges still hold; only a public address of this host goes unrecognized
        }
    }

    /// <summary>fe80::1%2 and fe80::1 are the same address for this check.</summary>
    private static IPAddress WithoutScope(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : new IPAddress(address.GetAddressBytes());
}
