namespace Summarizer.Configuration;

/// <summary>Settings that cannot run: a usage error, reported as one line per problem.</summary>
public sealed class InvalidConfigurationException(IReadOnlyList<string> problems)
    : SummarizerException(FailureKind.BadInput, string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
