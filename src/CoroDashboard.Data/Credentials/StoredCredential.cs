namespace CoroDashboard.Data.Credentials;

/// <summary>
/// A Coro API credential entered in the settings page. The secret is kept only in protected
/// (encrypted) form; <see cref="CredentialStore"/> is the one place that protects and reveals it.
/// </summary>
public sealed class StoredCredential
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    /// <summary>Us, Ca or Eu.</summary>
    public string Region { get; set; } = "Us";

    /// <summary>Overrides the region's host (a test tenant or the simulator).</summary>
    public string? BaseUrl { get; set; }

    public string ClientId { get; set; } = "";

    public string ProtectedSecret { get; set; } = "";

    public string? Audience { get; set; }

    /// <summary>The workspace the credential was created in; it covers that workspace's subtree.</summary>
    public string WorkspaceId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public override string ToString() => $"StoredCredential {{ Name = {Name}, ClientId = {ClientId} }}";
}
