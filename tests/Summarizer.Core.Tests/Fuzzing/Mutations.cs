using System.Text;
using CsCheck;

namespace Summarizer.Core.Tests.Fuzzing;

/// <summary>
/// Generators that damage a valid document the way the web does: flipped bytes, cut or repeated spans, random bytes,
/// and fragments of hostile markup (unclosed comments and scripts, bogus charsets, entities past U+10FFFF, deep nesting).
/// </summary>
internal static class Mutations
{
    public static Gen<byte[]> Of(IReadOnlyList<byte[]> documents, IReadOnlyList<string> fragments) =>
        Gen.Select(Gen.Int[0, documents.Count - 1], Edit(fragments).Array[1, 10], (index, edits) =>
        {
            var bytes = documents[index];
            foreach (var edit in edits)
            {
                bytes = edit(bytes);
            }

            return bytes;
        });

    /// <summary>Printable text made of the fragments and a few random characters (surrogates and controls included).</summary>
    public static Gen<string> Text(IReadOnlyList<string> fragments, int maxPieces) =>
        Gen.OneOf(Gen.Int[0, fragments.Count - 1].Select(i => fragments[i]), Gen.Char.Select(c => c.ToString()), Gen.Char['0', '9'].Select(c => c.ToString()))
            .Array[0, maxPieces]
            .Select(string.Concat);

    private static Gen<Func<byte[], byte[]>> Edit(IReadOnlyList<string> fragments) =>
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[1, 4096], Gen.Int[0, fragments.Count - 1], Gen.Byte.Array[1, 64],
            (kind, at, length, fragment, random) => (Func<byte[], byte[]>)(bytes => Apply(bytes, kind, at, length, fragments[fragment], random)));

    private static byte[] Apply(byte[] bytes, int kind, int at, int length, string fragment, byte[] random)
    {
        var position = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        var end = Math.Min(bytes.Length, position + length);
        var token = Encoding.UTF8.GetBytes(fragment);
        return kind switch
        {
            0 when position < bytes.Length => Replace(bytes, position, position + 1, [(byte)(bytes[position] ^ random[0])]),
            1 => Replace(bytes, position, position, token),
            2 => Replace(bytes, position, end, []),
            3 => Replace(bytes, position, position, bytes[position..end]),
            4 => bytes[..position],
            5 => Replace(bytes, position, Math.Min(bytes.Length, position + random.Length), random),
            _ => Replace(bytes, position, position, [.. Enumerable.Repeat(token, 1 + (length % 400)).SelectMany(t => t)]),
        };
    }

    private static byte[] Replace(byte[] bytes, int start, int end, byte[] insert) => [.. bytes[..start], .. insert, .. bytes[end..]];
}
