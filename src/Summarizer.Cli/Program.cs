using Summarizer.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, Console.OpenStandardInput);
