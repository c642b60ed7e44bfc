using Microsoft.Extensions.Hosting;
using Summarizer.Storage;
using Summarizer.Worker;

namespace Summarizer.Hosting;

public static class WorkerHostBuilderExtensions
{
    /// <summary>The store, the sources and the worker pass on top of <c>AddSummarizer</c>.</summary>
    public static IHostApplicationBuilder AddWorker(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddWorker(builder.Configuration);
        return builder;
    }
}
