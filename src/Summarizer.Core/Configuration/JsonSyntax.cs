using System.Text.Json;

namespace Summarizer.Configuration;

/// <summary>Words a settings file that is not valid JSON as <c>file:line:column: what is wrong</c>.</summary>
public static class JsonSyntax
{
    /// <summary>A settings file the host could not load, named by the path in the loader's own message.</summary>
    public static InvalidConfigurationException Problem(InvalidDataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var parts = exception.Message.Split('\'');
        return new InvalidConfigurationException([Describe(parts.Length >= 3 ? parts[1] : "appsettings.json", exception)]);
    }

    internal static string Describe(string file, Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line } json)
            {
                // System.Text.Json counts from 0 and appends its own position; editors count from 1.
                var message = json.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                message = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', '|');
                var path = message.IndexOf(" Path:", StringComparison.Ordinal);
                message = path > 0 ? message[..path].TrimEnd(' ', '.', '|') : message;
                return $"{file}:{line + 1}:{(json.BytePositionInLine ?? 0) + 1}: not valid JSON: {message}";
            }
        }

        return $"{file}: {exception.InnerException?.Message ?? exception.Message}";
    }
}
