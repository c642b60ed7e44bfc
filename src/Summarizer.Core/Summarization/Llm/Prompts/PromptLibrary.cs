using Microsoft.SemanticKernel;
using Summarizer.Summarization.Llm.Chunking;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Summarizer.Summarization.Llm.Prompts;

/// <summary>
/// Loads the prompt templates embedded from <c>prompts/*.yaml</c> (so the tool runs from any folder) and turns each
/// into a Semantic Kernel prompt function. Template variables are HTML-encoded by Semantic Kernel when rendered, so an
/// article cannot close the user message or open a system message of its own.
/// </summary>
internal sealed class PromptLibrary
{
    private const string ResourcePrefix = "Summarizer.prompts.";

    private readonly Dictionary<string, LlmPrompt> _prompts;

    public PromptLibrary(TokenCounter tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        _prompts = PromptNames.All.ToDictionary(name => name, name => Load(deserializer, tokens, name), StringComparer.Ordinal);
        SetVersion = string.Join(',', _prompts.Values.Select(p => p.VersionTag).Order(StringComparer.Ordinal));
        MaxTemplateTokens = _prompts.Values.Max(p => p.TemplateTokens);
    }

    public LlmPrompt this[string name] => _prompts[name];

    /// <summary>
    /// The version of the whole prompt set, stored with every LLM summary: whichever prompts one article needed
    /// (one call, parts and a combine, a repair), a change to any of them makes a new summary key.
    /// </summary>
    public string SetVersion { get; }

    /// <summary>The largest template, in tokens: what every call costs besides its data.</summary>
    public int MaxTemplateTokens { get; }

    private static LlmPrompt Load(IDeserializer deserializer, TokenCounter tokens, string fileName)
    {
        var resource = ResourcePrefix + fileName + ".yaml";
        using var stream = typeof(PromptLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded prompt {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var file = deserializer.Deserialize<PromptFile>(reader);
        if (string.IsNullOrWhiteSpace(file.Template) || file.Version < 1)
        {
            throw new InvalidOperationException($"The prompt {fileName}.yaml needs a template and a version of 1 or more.");
        }

        var config = new PromptTemplateConfig(file.Template)
        {
            Name = file.Name,
            Description = file.Description,
            TemplateFormat = file.TemplateFormat,
            InputVariables = file.InputVariables
                .Select(v => new InputVariable { Name = v.Name, Description = v.Description, IsRequired = v.IsRequired })
                .ToList(),
        };
        return new LlmPrompt(fileName, file.Version, KernelFunctionFactory.CreateFromPrompt(config), tokens.Count(file.Template));
    }
}
