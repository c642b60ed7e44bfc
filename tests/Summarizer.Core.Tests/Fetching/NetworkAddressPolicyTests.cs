using System.Net;
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
    [TestCase("::1")]
    [TestCase("fc00::1")]
    [TestCase("fd00:ec2::254")]
    [TestCase("fe80::1")]
    [TestCase("::ffff:127.0.0.1")]
    [TestCase("::ffff:10.0.0.1")]
    public void IsPublic_PrivateOrLoopbackAddress_IsFalse(string address) =>
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)), Is.False);

    [TestCase("8.8.8.8")]
    [TestCase("172.32.0.1")]
    [TestCase("193.168.1.1")]
    [TestCase("2a00:1450:4001::1")]
    public void IsPublic_PublicAddress_IsTrue(string address) =>
        Assert.That(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)), Is.True);
}
