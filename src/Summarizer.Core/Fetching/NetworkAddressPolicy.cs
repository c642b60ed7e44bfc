using System.Net;
using System.Net.Sockets;

namespace Summarizer.Fetching;

/// <summary>
/// Which addresses a fetch may connect to. Feeds and users hand the worker arbitrary URLs, so by default nothing on
/// the server's own network is reachable: every special-purpose range of the IANA registries that is not globally
/// reachable (<c>SpecialPurposeAddresses.txt</c>), IPv6 forms that wrap such an IPv4 address (mapped, translated,
/// NAT64, 6to4), and the machine's own interface addresses.
/// </summary>
internal static class NetworkAddressPolicy
{
    public static bool IsPublic(IPAddress address) => IsPublic(address, LocalAddresses.Contains);

    /// <param name="isOwnAddress">Whether an address belongs to this machine (tests pass their own).</param>
    public static bool IsPublic(IPAddress address, Func<IPAddress, bool> isOwnAddress)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(isOwnAddress);
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return false;
        }

        var inner = address.AddressFamily == AddressFamily.InterNetworkV6 ? SpecialPurposeAddresses.Unwrap(address) : address;
        return SpecialPurposeAddresses.RefusedRange(inner) is null
               && SpecialPurposeAddresses.RefusedRange(address) is null
               && !isOwnAddress(address) && !isOwnAddress(inner);
    }
}
