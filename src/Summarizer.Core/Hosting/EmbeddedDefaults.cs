namespace Summarizer.Hosting;

/// <summary>The repository's <c>appsettings.json</c>, compiled into the assembly.</summary>
internal static class EmbeddedDefaults
{
    private const string ResourceName = "Summarizer.appsettings.json";

    public static Stream Open() =>
        typeof(EmbeddedDefaults).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
}
