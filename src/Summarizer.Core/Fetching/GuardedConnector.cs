using System.Net;
using System.Net.Sockets;

namespace Summarizer.Fetching;

/// <summary>
/// Resolves and connects in one step so the address checked is the address used: a DNS answer that changes
/// between check and connect (rebinding) cannot slip past, and every redirect's connection is checked too.
/// </summary>
internal static class GuardedConnector
{
    public static ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivateNetworks, CancellationToken cancellationToken) =>
        ConnectAsync(context, allowPrivateNetworks ? _ => true : NetworkAddressPolicy.IsPublic, cancellationToken);

    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, Func<IPAddress, bool> isAllowed, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(isAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new PrivateNetworkRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
