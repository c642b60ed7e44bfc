namespace Summarizer.Bench.Extraction;

/// <summary>One page of the dataset, decompressed up front so timing measures extraction only.</summary>
internal sealed record BenchPage(string Id, Uri? Url, byte[] Html);
