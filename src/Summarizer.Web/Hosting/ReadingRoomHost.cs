using Summarizer.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Hosting;
using Summarizer.Storage.Catalog;
using Summarizer.Worker;

namespace Summarizer.Web.Hosting;

/// <summary>
/// The reading room as one <see cref="WebApplication"/> on the same host setup as every command (<c>AddSummarizer</c>,
/// <c>AddWorker</c>): the same configuration, store and options. With <c>withWorker</c> the worker runs in the same
/// process (<c>summarizer run --serve</c>) and <c>/healthz</c> also checks its last pass.
/// </summary>
public static class ReadingRoomHost
{
    public static WebApplication Build(string? urls, bool withWorker, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(ReadingRoomHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddSummarizer();
        builder.Services.AddStorage(builder.Configuration).AddWorker(builder.Configuration);
        // Razor components bring data protection for forms this app does not post; its key-storage warning is noise here.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", Microsoft.Extensions.Logging.LogLevel.Error);
        builder.Services.AddCatalog();
        builder.Services.AddReadingRoom(builder.Configuration, withWorker);
        if (withWorker)
        {
            builder.Services.AddHostedService<WorkerService>();
        }

        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? ReadingRoomOptions.DefaultUrls : urls);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseReadingRoom();
        return app;
    }
}
