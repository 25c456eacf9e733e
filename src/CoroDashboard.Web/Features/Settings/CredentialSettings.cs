using CoroDashboard.Data.Credentials;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>
/// The stored Coro credentials as the credentials settings page reads and changes them. Every
/// call checks the caller is an MSP admin first. Secrets only go in: nothing here returns one.
/// </summary>
public sealed partial class CredentialSettings(
    SettingsGuard guard,
    CredentialStore store,
    ILogger<CredentialSettings> log)
{
    public async Task<IReadOnlyList<CredentialSummary>> ListAsync(
        CancellationToken cancellationToken = default)
    {
        await guard.DemandAdminAsync();
        return await store.ListAsync(cancellationToken);
    }

    /// <summary>Saves the draft (its secret encrypted), or returns what is wrong with it.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(
        CredentialDraft draft, CancellationToken cancellationToken = default)
    {
        var admin = await guard.DemandAdminAsync();
        var problems = draft.Problems();
        if (problems.Count > 0)
            return problems;

        var existing = await store.ListAsync(cancellationToken);
        if (existing.Any(c => string.Equals(c.ClientId, draft.ClientId.Trim(), StringComparison.Ordinal)))
            return ["A credential with this client id is stored already; replace its secret instead."];

        var id = await store.AddAsync(draft.ToNewCredential(), cancellationToken);
        Added(log, id, draft.Name.Trim(), draft.WorkspaceId.Trim(), SettingsGuard.Actor(admin));
        return [];
    }

    public async Task<bool> ReplaceSecretAsync(
        Guid id, string newSecret, CancellationToken cancellationToken = default)
    {
        var admin = await guard.DemandAdminAsync();
        if (string.IsNullOrWhiteSpace(newSecret))
            return false;
        var replaced = await store.ReplaceSecretAsync(id, newSecret, cancellationToken);
        if (replaced)
            SecretReplaced(log, id, SettingsGuard.Actor(admin));
        return replaced;
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var admin = await guard.DemandAdminAsync();
        var removed = await store.DeleteAsync(id, cancellationToken);
        if (removed)
            Removed(log, id, SettingsGuard.Actor(admin));
        return removed;
    }

    [LoggerMessage(EventId = 3201, EventName = "CredentialAdded", Level = LogLevel.Information,
        Message = "Coro credential {CredentialId} ({Name}, workspace {WorkspaceId}) added by {Actor}")]
    private static partial void Added(
        ILogger logger, Guid credentialId, string name, string workspaceId, string actor);

    [LoggerMessage(EventId = 3202, EventName = "CredentialSecretReplaced", Level = LogLevel.Information,
        Message = "The secret of Coro credential {CredentialId} was replaced by {Actor}")]
    private static partial void SecretReplaced(ILogger logger, Guid credentialId, string actor);

    [LoggerMessage(EventId = 3203, EventName = "CredentialRemoved", Level = LogLevel.Information,
        Message = "Coro credential {CredentialId} removed by {Actor}")]
    private static partial void Removed(ILogger logger, Guid credentialId, string actor);
}
