using NUnit.Framework;

namespace Summarizer.Testing;

/// <summary>How every PostgreSQL test fixture gets its server.</summary>
public static class PostgresFixture
{
    /// <summary>Starts a server, or ignores the tests when PostgreSQL is missing (fails them when CI requires it).</summary>
    public static async Task<PostgresServer> StartOrIgnoreAsync()
    {
        try
        {
            return await PostgresServer.StartAsync();
        }
        catch (PostgresUnavailableException ex)
        {
            if (PostgresServer.Required)
            {
                Assert.Fail($"PostgreSQL is required ({PostgresServer.RequireVariable}=1) but could not start: {ex.Message}");
            }

            Skip.Because($"PostgreSQL binaries not found or not startable: {ex.Message}");
            throw;
        }
    }
}
