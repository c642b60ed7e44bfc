namespace Summarizer.Summarization.Llm.Prompts;

/// <summary>
/// The shape of a <c>prompts/*.yaml</c> file: Semantic Kernel's prompt template fields plus <c>version</c>.
/// </summary>
internal sealed class PromptFile
{
    public string Name { get; set; } = "";

    public int Version { get; set; }

    public string? Description { get; set; }

    public string TemplateFormat { get; set; } = "semantic-kernel";

    public string Template { get; set; } = "";

    public List<PromptFileVariable> InputVariables { get; set; } = [];
}

internal sealed class PromptFileVariable
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool IsRequired { get; set; } = true;
}
