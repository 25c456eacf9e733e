using CoroDashboard.Gateway.Credentials;

namespace CoroDashboard.Gateway.Configuration;

/// <summary>The gateway's part of the <c>Coro</c> configuration section.</summary>
public sealed class CoroGatewayOptions
{
    public const string Section = "Coro";

    /// <summary>The API credentials the dashboard may use, each created in one workspace.</summary>
    public List<CoroCredential> Credentials { get; set; } = [];

    /// <summary>The root of the hierarchy; the workspace of the first credential when not set.</summary>
    public string? ChannelWorkspaceId { get; set; }

    public GatewaySettings Gateway { get; set; } = new();
}

/// <summary>How hard the gateway may push Coro, and how long answers stay good.</summary>
public sealed class GatewaySettings
{
    /// <summary>How many workspaces a view over many workspaces fetches at once.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How long one workspace may take in a view over many before it shows as timed out.</summary>
    public TimeSpan WorkspaceTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public CacheLifetimes Lifetimes { get; set; } = new();

    /// <summary>How long a last good answer may stand in (marked stale) when Coro fails.</summary>
    public TimeSpan StaleFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Extra attempts of a failed token request, shared by everyone waiting on it.</summary>
    public int TokenRetries { get; set; } = 2;

    /// <summary>The pause before the first extra token attempt; doubled for each next one.</summary>
    public TimeSpan TokenRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>How long each kind of answer is served from the cache before Coro is asked again.</summary>
public sealed class CacheLifetimes
{
    public TimeSpan Hierarchy { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Summary { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan List { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan Counts { get; set; } = TimeSpan.FromMinutes(2);
}
