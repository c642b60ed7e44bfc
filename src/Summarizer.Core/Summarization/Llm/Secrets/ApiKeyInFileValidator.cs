using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace Summarizer.Summarization.Llm.Secrets;

/// <summary>
/// Refuses to start when an <c>appsettings.json</c> holds <c>Summarizer:Llm:ApiKey</c>: files get copied, committed,
/// backed up and read by other users, so the key is read only from environment variables and user secrets.
/// Refusing (rather than ignoring) tells the user at once instead of failing later with a 401.
/// </summary>
internal sealed class ApiKeyInFileValidator(IConfiguration configuration) : IValidateOptions<LlmOptions>
{
    private const string Key = LlmOptions.SectionName + ":" + nameof(LlmOptions.ApiKey);

    public ValidateOptionsResult Validate(string? name, LlmOptions options) =>
        FindFile(configuration) is { } file
            ? ValidateOptionsResult.Fail(
                $"Summarizer:Llm:ApiKey is set in {file}; a key does not belong in a settings file. Remove it there and set the " +
                "environment variable Summarizer__Llm__ApiKey, or keep it in user secrets: " +
                $"dotnet user-secrets set --id {Hosting.SummarizerHostBuilderExtensions.UserSecretsId} \"Summarizer:Llm:ApiKey\" \"<key>\"")
            : ValidateOptionsResult.Success;

    /// <summary>The JSON settings file (or the embedded defaults) that sets the key, or null.</summary>
    public static string? FindFile(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers)
        {
            if (provider is JsonConfigurationProvider or JsonStreamConfigurationProvider
                && !IsUserSecrets(provider)
                && provider.TryGet(Key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return provider is JsonConfigurationProvider file && file.Source.Path is { } path
                    ? (file.Source.FileProvider?.GetFileInfo(path).PhysicalPath ?? path)
                    : "the built-in appsettings.json";
            }
        }

        return null;
    }

    /// <summary>
    /// User secrets are a JSON file too, but the documented place for the key: kept in the user's profile, outside every
    /// repository and deployment folder. Recognized by path, so an <c>appsettings.json</c> is never mistaken for it.
    /// </summary>
    private static bool IsUserSecrets(IConfigurationProvider provider)
    {
        if (provider is not JsonConfigurationProvider { Source.Path: { } path } file)
        {
            return false;
        }

        var physical = file.Source.FileProvider?.GetFileInfo(path).PhysicalPath ?? path;
        var secrets = Microsoft.Extensions.Configuration.UserSecrets.PathHelper.GetSecretsPathFromSecretsId(Hosting.SummarizerHostBuilderExtensions.UserSecretsId);
        return string.Equals(Path.GetFullPath(physical), Path.GetFullPath(secrets), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
