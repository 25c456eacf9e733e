using CoroDashboard.Coro;

namespace CoroDashboard.Gateway.Credentials;

/// <summary>
/// One Coro API credential, created in <see cref="WorkspaceId"/>. It covers that workspace and
/// the workspaces below it. The secret never appears in <see cref="ToString"/>.
/// </summary>
public sealed record CoroCredential
{
    /// <summary>A label an operator recognises in logs; never the client id or secret.</summary>
    public string Name { get; init; } = "";

    public CoroRegion Region { get; init; } = CoroRegion.Us;

    /// <summary>Overrides the region's host, for example to reach the simulator.</summary>
    public Uri? BaseUrl { get; init; }

    public string ClientId { get; init; } = "";

    public string ClientSecret { get; init; } = "";

    public string Audience { get; init; } = CoroRegions.DefaultAudience;

    /// <summary>The workspace the credential was created in.</summary>
    public string WorkspaceId { get; init; } = "";

    public Uri EffectiveBaseUrl => BaseUrl ?? CoroRegions.BaseUrl(Region);

    // A record prints every property; the secret must never reach a log through ToString.
    public override string ToString() =>
        $"CoroCredential {{ Name = {Name}, WorkspaceId = {WorkspaceId}, "
        + $"Host = {EffectiveBaseUrl.Authority} }}";
}
