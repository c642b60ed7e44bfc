using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Summarizer.Web.Api;
using Summarizer.Web.Caching;
using Summarizer.Web.Feeds;
using Summarizer.Web.Health;
using Summarizer.Web.Metrics;
using Summarizer.Web.Pages;
using Summarizer.Web.Search;

namespace Summarizer.Web.Hosting;

public static class ReadingRoomServiceCollectionExtensions
{
    public const string SearchRateLimitPolicy = "search";

    /// <summary>Pages, feeds, API, health checks, metrics and the search rate limit (the catalog comes from <c>AddCatalog</c>).</summary>
    public static IServiceCollection AddReadingRoom(this IServiceCollection services, IConfiguration configuration, bool withWorker)
    {
        services.AddOptions<ReadingRoomOptions>().Bind(configuration.GetSection(ReadingRoomOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorComponents();
        // Arabic written as itself, not as &#x...; per letter (six times the bytes); markup characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddReadingRoomHealthChecks(withWorker);
        services.AddReadingRoomMetrics();
        services.AddListCache();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, token) => SearchEndpoints.WriteTooManyAsync(context.HttpContext, token);
            // One budget per client address for every full-text query, the page's and the API's: a search costs the store
            // far more than a list. An API request without q is a list and is not counted.
            o.AddPolicy(SearchRateLimitPolicy, context =>
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(context.Request.Query["q"]))
                {
                    return RateLimitPartition.GetNoLimiter("list");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<ReadingRoomOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter("address:" + context.Connection.RemoteIpAddress, _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = limits.SearchPermitLimit, Window = limits.SearchWindow, QueueLimit = 0 });
            });
        });
        return services;
    }

    public static WebApplication UseReadingRoom(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            // Nothing on these pages may load from another host, run a script or be framed: the browser enforces it.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(ReadingRoomHost).Assembly, "Summarizer.Web.Assets"),
            RequestPath = "/assets",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseRateLimiter();
        app.UseListCache();
        app.MapReadingRoomPages();
        app.MapSearch();
        app.MapFeeds();
        app.MapArticlesApi();
        app.MapOpenApi();
        app.MapReadingRoomHealthChecks();
        app.MapReadingRoomMetrics();
        app.MapFallback(PageEndpoints.NotFound).ExcludeFromDescription();
        return app;
    }
}
