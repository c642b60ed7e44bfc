namespace Summarizer.Fetching;

/// <summary>Raised inside the connection step when a host resolves only to addresses the policy refuses.</summary>
internal sealed class PrivateNetworkRefusedException(string host)
    : IOException($"refused to connect to {host}: it resolves to a loopback, private or link-local address (set Summarizer:Fetching:AllowPrivateNetworks to allow it)")
{
    public string Host { get; } = host;
}
