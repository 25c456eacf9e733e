namespace CoroDashboard.Gateway.Access;

/// <summary>
/// Which workspaces one caller may see, and whether they may only read. Decided on the server from
/// the signed-in principal, and checked by the gateway on every call before the cache or Coro.
/// </summary>
/// <param name="Roots">Workspaces granted with all their descendants.</param>
/// <param name="Exact">Workspaces granted without their descendants.</param>
/// <param name="Excluded">Workspaces (with their descendants) taken out again.</param>
/// <param name="ReadOnly">True for customer admins and embedded sessions: no actions, no settings.</param>
public sealed record AccessScope(
    IReadOnlySet<string> Roots,
    IReadOnlySet<string> Exact,
    IReadOnlySet<string> Excluded,
    bool ReadOnly)
{
    public static AccessScope None { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), ReadOnly: true);

    /// <summary>Everything under a channel (an MSP admin).</summary>
    public static AccessScope Channel(string channelId) =>
        new(new HashSet<string> { channelId }, new HashSet<string>(), new HashSet<string>(), ReadOnly: false);

    /// <summary>One subtree, read-only (a customer admin).</summary>
    public static AccessScope Subtree(string workspaceId) =>
        new(new HashSet<string> { workspaceId }, new HashSet<string>(), new HashSet<string>(),
            ReadOnly: true);

    /// <summary>One workspace and nothing below it, read-only (an embedded PSA session).</summary>
    public static AccessScope Single(string workspaceId) =>
        new(new HashSet<string>(), new HashSet<string> { workspaceId }, new HashSet<string>(),
            ReadOnly: true);

    public bool IsEmpty => Roots.Count == 0 && Exact.Count == 0;
}

/// <summary>
/// Turns a signed-in principal into its <see cref="AccessScope"/>. The identity layer provides the
/// implementation (role assignments, demo personas, embedded sessions); the gateway only asks.
/// A principal with no assignment gets <see cref="AccessScope.None"/>.
/// </summary>
public interface IAccessScopeResolver
{
    ValueTask<AccessScope> ResolveAsync(
        System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken);
}
