namespace Summarizer.Configuration;

/// <summary>A configuration key written the two ways a user sets it: an environment variable and a path in appsettings.json.</summary>
internal static class ConfigurationKey
{
    public static string EnvironmentVariable(string path) => path.Replace(":", "__", StringComparison.Ordinal);

    /// <summary><c>Summarizer:Sources:0:Url</c> reads as <c>Summarizer.Sources[0].Url</c>.</summary>
    public static string JsonPath(string path) =>
        string.Concat(path.Split(':').Select((part, i) => int.TryParse(part, out _) ? $"[{part}]" : i == 0 ? part : "." + part));

    /// <summary>One problem as one line: <c>Summarizer__Fetching__Timeout='banana' is not a time span (…); appsettings.json: Summarizer.Fetching.Timeout</c>.</summary>
    public static string Describe(string path, string? value, string problem) =>
        value is null
            ? $"{EnvironmentVariable(path)} {problem}; appsettings.json: {JsonPath(path)}"
            : $"{EnvironmentVariable(path)}='{value}' {problem}; appsettings.json: {JsonPath(path)}";
}
