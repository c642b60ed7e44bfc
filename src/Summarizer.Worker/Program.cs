using Summarizer.Hosting;
using Summarizer.Worker;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSummarizer().AddWorker();
builder.Services.AddSystemd();
builder.Services.AddHostedService<WorkerService>();
await builder.Build().RunAsync();
