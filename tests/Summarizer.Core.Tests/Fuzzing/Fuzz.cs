using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsCheck;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>
/// Runs a property over inputs that a CsCheck generator draws from a fixed seed, one after another, so a failure
/// reproduces exactly: the message names the seed and the input's index. <c>SUMMARIZER_FUZZ_SEED</c> overrides the
/// seed and <c>SUMMARIZER_FUZZ_SCALE</c> multiplies the iteration counts (e.g. 20 for a long local run).
/// Every input must finish within <see cref="MaxPerInput"/>, measured around the property alone.
/// </summary>
internal static class Fuzz
{
    public static readonly TimeSpan MaxPerInput = TimeSpan.FromSeconds(2);

    public static void Check<T>(Gen<T> gen, int iterations, Action<T> property, Func<T, string> describe, [CallerMemberName] string name = "")
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(describe);
        var seed = Seed(name);
        var pcg = new PCG(1, seed);
        var count = iterations * Scale();
        for (var i = 0; i < count; i++)
        {
            var input = gen.Generate(pcg, null, out _);
            var stopwatch = Stopwatch.StartNew();
            try
            {
                property(input);
            }
#pragma warning disable CA1031 // Any escaping exception is the finding; it is reported with the seed.
            catch (Exception ex) when (ex is not AssertionException)
#pragma warning restore CA1031
            {
                Assert.Fail($"{Where(name, seed, i)}: {ex.GetType().FullName}: {ex.Message}\ninput: {describe(input)}\n{ex}");
            }
            catch (AssertionException ex)
            {
                Assert.Fail($"{Where(name, seed, i)}: {ex.Message}\ninput: {describe(input)}");
            }

            stopwatch.Stop();
            if (stopwatch.Elapsed > MaxPerInput)
            {
                Assert.Fail($"{Where(name, seed, i)}: one input took {stopwatch.Elapsed.TotalSeconds:0.00} s (limit {MaxPerInput.TotalSeconds} s)\ninput: {describe(input)}");
            }
        }

        TestContext.Out.WriteLine($"{name}: {count} inputs, seed {seed}");
    }

    /// <summary>Bytes shown short enough for a test report: the first 300 as escaped text and the length.</summary>
    public static string Describe(byte[] bytes) => Describe(Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 300)))) + $" ({bytes.Length} bytes)";

    public static string Describe(string text)
    {
        var shown = text.Length > 300 ? text[..300] + "…" : text;
        var sb = new StringBuilder("\"");
        foreach (var c in shown)
        {
            _ = c is < ' ' or (>= '\u007f' and < '\u00a0') or (>= '\ud800' and <= '\udfff')
                ? sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")
                : sb.Append(c);
        }

        return sb.Append("\" (").Append(text.Length).Append(" chars)").ToString();
    }

    private static string Where(string name, ulong seed, int index) =>
        $"fuzz {name} failed with seed {seed} at input {index} (rerun: SUMMARIZER_FUZZ_SEED={seed})";

    /// <summary>One fixed seed per property, from its name, so properties do not share inputs.</summary>
    private static ulong Seed(string name) =>
        ulong.TryParse(Environment.GetEnvironmentVariable("SUMMARIZER_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Fnv1a(name);

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static int Scale() =>
        int.TryParse(Environment.GetEnvironmentVariable("SUMMARIZER_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;
}
