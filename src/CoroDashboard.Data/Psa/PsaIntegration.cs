namespace CoroDashboard.Data.Psa;

public enum PsaKind { ConnectWise, Autotask, HaloPsa, Other }

/// <summary>
/// A PSA that may embed the dashboard: the origins allowed to frame it, the secret its launch
/// links are signed with (protected at rest), and its company-to-workspace map.
/// </summary>
public sealed class PsaIntegration
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public PsaKind Kind { get; set; }

    /// <summary>Origins such as <c>https://psa.example-msp.test</c>, exactly as browsers send them.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public string ProtectedSigningSecret { get; set; } = "";

    public List<PsaCompanyMapping> Companies { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public override string ToString() => $"PsaIntegration {{ Name = {Name}, Kind = {Kind} }}";
}

/// <summary>One PSA company (by the PSA's own identifier) and the Coro workspace it is.</summary>
public sealed class PsaCompanyMapping
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid IntegrationId { get; set; }

    public string CompanyId { get; set; } = "";

    public string WorkspaceId { get; set; } = "";
}

/// <summary>A launch-link nonce already used, kept until the link would have expired anyway.</summary>
public sealed class UsedLaunchNonce
{
    public string Nonce { get; set; } = "";

    public Guid IntegrationId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
