using Summarizer.Cli;

return await CliApp.RunAsync(args, CliConsole.ForProcess(Console.Out, Console.Error, Console.OpenStandardInput));
