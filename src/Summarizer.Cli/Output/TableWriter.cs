using Spectre.Console;

namespace Summarizer.Cli.Output;

/// <summary>
/// Rows under a header: a Spectre.Console table on a terminal, tab-separated lines (header first) when redirected,
/// so <c>cut -f</c> and spreadsheets read them.
/// </summary>
internal sealed class TableWriter(TextWriter output, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Columns that must not wrap (ids, states, times); the others share what is left of the width.</summary>
    public ISet<string> NoWrap { get; } = new HashSet<string>(StringComparer.Ordinal);

    public void Write()
    {
        if (Terminal.IsTerminal(output))
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in headers)
            {
                var column = new TableColumn(Markup.Escape(header));
                table.AddColumn(NoWrap.Contains(header) ? column.NoWrap() : column);
            }

            foreach (var row in _rows)
            {
                table.AddRow(row.Select(c => new Spectre.Console.Text(c)).ToArray());
            }

            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
            return;
        }

        output.WriteLine(string.Join('\t', headers));
        foreach (var row in _rows)
        {
            output.WriteLine(string.Join('\t', row.Select(c => c.ReplaceLineEndings(" ").Replace('\t', ' '))));
        }

        output.Flush();
    }
}
