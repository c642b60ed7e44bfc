using Summarizer.Hosting;
using Summarizer.Storage;
using Summarizer.Worker;

// The service's composition root: the shared pipeline, the store and the worker pass, run as a systemd service.
var builder = Host.CreateApplicationBuilder(args);
builder.AddSummarizer();
builder.Services.AddStorage(builder.Configuration).AddWorker(builder.Configuration);
builder.Services.AddSystemd();
builder.Services.AddHostedService<WorkerService>();
await builder.Build().RunAsync();
