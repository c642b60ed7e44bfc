using Microsoft.Extensions.Options;
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

    /// <param name="contract">The summary contract the templates are filled with; its numbers count in the template's size.</param>
    public PromptLibrary(TokenCounter tokens, IOptions<SummaryContract>? contract = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var variables = (contract?.Value ?? new SummaryContract()).PromptVariables();
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        _prompts = PromptNames.All.ToDictionary(name => name, name => Load(deserializer, tokens, variables, name), StringComparer.Ordinal);
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

    private static LlmPrompt Load(IDeserializer deserializer, TokenCounter tokens, IReadOnlyDictionary<string, string> contract, string fileName)
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
        return new LlmPrompt(fileName, file.Version, KernelFunctionFactory.CreateFromPrompt(config), tokens.Count(WithContract(file.Template, contract)));
    }

    /// <summary>The template as the model sees it as far as the contract goes: its numbers in place of their variables.</summary>
    private static string WithContract(string template, IReadOnlyDictionary<string, string> contract) =>
        contract.Aggregate(template, (text, variable) => text.Replace("{{$" + variable.Key + "}}", variable.Value, StringComparison.Ordinal));
}
