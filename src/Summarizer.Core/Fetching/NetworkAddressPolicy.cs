using System.Net;
using System.Net.Sockets;

namespace Summarizer.Fetching;

/// <summary>
/// Which addresses a fetch may connect to. Feeds and users hand the worker arbitrary URLs, so by default
/// nothing on the server's own network is reachable: loopback, private, link-local (cloud metadata) and the like.
/// </summary>
internal static class NetworkAddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224 // this network, private, loopback, multicast and reserved
                     || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                     || (b[0] == 172 && b[1] is >= 16 and <= 31)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 100 && b[1] is >= 64 and <= 127)); // carrier-grade NAT
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None)
                     || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                     || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) // fe80::/10 link-local
                     || b[0] == 0xFF); // multicast
        }

        return false;
    }
}
