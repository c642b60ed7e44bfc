using System.Net;
using System.Net.NetworkInformation;
using Summarizer.Fetching;

namespace Summarizer.Core.Tests.Fetching;

[TestFixture]
public sealed class NetworkAddressPolicyTests
{
    [TestCase("127.0.0.1")]
    [TestCase("127.8.9.10")]
    [TestCase("10.1.2.3")]
    [TestCase("172.16.0.1")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.1.1")]
    [TestCase("169.254.169.254")]
    [TestCase("0.0.0.0")]
    [TestCase("100.64.0.1")]
    [TestCase("::1")]
    [TestCase("::")]
    [TestCase("fc00::1")]
    [TestCase("fd00:ec2::254")]
    [TestCase("fe80::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.0.0.1")]
    public void IsPublic_PrivateOrLoopbackAddress_IsFalse(string address) =>
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)), Is.False);

    [TestCase("::127.0.0.1", TestName = "IsPublic_Ipv4CompatibleLoopback_IsFalse")]
    [TestCase("::8.8.8.8", TestName = "IsPublic_Ipv4CompatibleDeprecatedForm_IsFalse")]
    [TestCase("::ffff:0:127.0.0.1", TestName = "IsPublic_Ipv4TranslatedLoopback_IsFalse")]
    [TestCase("::ffff:0:169.254.169.254", TestName = "IsPublic_Ipv4TranslatedMetadata_IsFalse")]
    [TestCase("64:ff9b::a9fe:a9fe", TestName = "IsPublic_Nat64WrappingMetadata_IsFalse")]
    [TestCase("64:ff9b::10.0.0.1", TestName = "IsPublic_Nat64WrappingPrivate_IsFalse")]
    [TestCase("64:ff9b::127.0.0.1", TestName = "IsPublic_Nat64WrappingLoopback_IsFalse")]
    [TestCase("64:ff9b:1::1", TestName = "IsPublic_Nat64LocalUsePrefix_IsFalse")]
    [TestCase("2002:a9fe:a9fe::1", TestName = "IsPublic_6to4WrappingMetadata_IsFalse")]
    [TestCase("2002:7f00:1::", TestName = "IsPublic_6to4WrappingLoopback_IsFalse")]
    [TestCase("2002:c0a8:0101::1", TestName = "IsPublic_6to4WrappingPrivate_IsFalse")]
    [TestCase("fec0::1", TestName = "IsPublic_SiteLocal_IsFalse")]
    [TestCase("198.18.0.1", TestName = "IsPublic_BenchmarkingLow_IsFalse")]
    [TestCase("198.19.255.254", TestName = "IsPublic_BenchmarkingHigh_IsFalse")]
    [TestCase("192.0.0.1", TestName = "IsPublic_IetfProtocolAssignments_IsFalse")]
    [TestCase("192.0.0.170", TestName = "IsPublic_Nat64Discovery_IsFalse")]
    [TestCase("192.0.2.10", TestName = "IsPublic_TestNet1_IsFalse")]
    [TestCase("198.51.100.7", TestName = "IsPublic_TestNet2_IsFalse")]
    [TestCase("203.0.113.99", TestName = "IsPublic_TestNet3_IsFalse")]
    [TestCase("2001:db8::1", TestName = "IsPublic_Ipv6Documentation_IsFalse")]
    [TestCase("3fff::1", TestName = "IsPublic_Ipv6Documentation3fff_IsFalse")]
    [TestCase("2001:0:4136:e378:8000:63bf:3fff:fdd2", TestName = "IsPublic_Teredo_IsFalse")]
    [TestCase("100::1", TestName = "IsPublic_DiscardOnly_IsFalse")]
    [TestCase("192.88.99.1", TestName = "IsPublic_Deprecated6to4Relay_IsFalse")]
    [TestCase("240.0.0.1", TestName = "IsPublic_Reserved_IsFalse")]
    [TestCase("255.255.255.255", TestName = "IsPublic_Broadcast_IsFalse")]
    [TestCase("224.0.0.251", TestName = "IsPublic_Multicast_IsFalse")]
    [TestCase("ff02::1", TestName = "IsPublic_Ipv6Multicast_IsFalse")]
    public void IsPublic_SpecialPurposeOrWrappedAddress(string address) =>
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address), _ => false), Is.False);

    [TestCase("8.8.8.8")]
    [TestCase("172.32.0.1")]
    [TestCase("193.168.1.1")]
    [TestCase("198.20.0.1")]
    [TestCase("192.0.3.1")]
    [TestCase("2a00:1450:4001::1")]
    [TestCase("::ffff:8.8.8.8")]
    [TestCase("64:ff9b::8.8.8.8")]
    [TestCase("2002:0808:0808::1")]
    public void IsPublic_PublicAddress_IsTrue(string address) =>
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address), _ => false), Is.True);

    [Test]
    public void IsPublic_TheMachinesOwnAddress_IsFalse()
    {
        var own = IPAddress.Parse("8.8.4.4");

        Assert.That(NetworkAddressPolicy.IsPublic(own, a => a.Equals(own)), Is.False);
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse("64:ff9b::8.8.4.4"), a => a.Equals(own)), Is.False, "wrapped too");
    }

    [Test]
    public void IsPublic_EveryInterfaceAddressOfThisMachine_IsFalse()
    {
        var addresses = NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address).ToList();

        Assert.That(addresses, Is.Not.Empty);
        Assert.That(addresses.Where(NetworkAddressPolicy.IsPublic), Is.Empty);
    }

    [Test]
    public void Load_TheShippedList_HasBothFamiliesAndEveryTransitionForm()
    {
        var entries = SpecialPurposeAddresses.Load();

        Assert.That(entries.Count(e => e.Range.Prefix.Length == 4), Is.GreaterThanOrEqualTo(15));
        Assert.That(entries.Count(e => e.Action != SpecialPurposeAddresses.Action.Refuse), Is.EqualTo(4));
    }
}
