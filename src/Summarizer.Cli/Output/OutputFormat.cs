namespace Summarizer.Cli.Output;

public enum OutputFormat
{
    Text,
    Markdown,
    Json,
    Jsonl,
    Html,
}
