using System.Net;

namespace Summarizer.Fetching;

/// <summary>One CIDR prefix, e.g. <c>10.0.0.0/8</c> or <c>64:ff9b::/96</c>.</summary>
internal sealed record AddressRange(byte[] Prefix, int Bits)
{
    public static AddressRange Parse(string cidr)
    {
        ArgumentNullException.ThrowIfNull(cidr);
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var address = IPAddress.Parse(slash < 0 ? cidr : cidr[..slash]);
        var bytes = address.GetAddressBytes();
        var bits = slash < 0 ? bytes.Length * 8 : int.Parse(cidr[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        if (bits < 0 || bits > bytes.Length * 8)
        {
            throw new FormatException($"'{cidr}' has a prefix length outside 0-{bytes.Length * 8}");
        }

        return new AddressRange(bytes, bits);
    }

    /// <summary>Whether <paramref name="address"/> (in network byte order, the same family) starts with this prefix.</summary>
    public bool Contains(ReadOnlySpan<byte> address)
    {
        if (address.Length != Prefix.Length)
        {
            return false;
        }

        var whole = Bits / 8;
        if (!address[..whole].SequenceEqual(Prefix.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = Bits % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (address[whole] & mask) == (Prefix[whole] & mask);
    }
}
