using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data.Credentials;

/// <summary>What the settings page may show of a stored credential: never the secret.</summary>
public sealed record CredentialSummary(
    Guid Id, string Name, string Region, string? BaseUrl, string ClientId, string WorkspaceId,
    DateTimeOffset UpdatedAt);

/// <summary>A stored credential with its secret revealed, for the gateway only.</summary>
public sealed record RevealedCredential(
    Guid Id, string Name, string Region, string? BaseUrl, string ClientId, string ClientSecret,
    string? Audience, string WorkspaceId)
{
    public override string ToString() => $"RevealedCredential {{ Name = {Name}, ClientId = {ClientId} }}";
}

/// <summary>The input of a new credential; the secret is write-only from here on.</summary>
public sealed record NewCredential(
    string Name, string Region, string? BaseUrl, string ClientId, string ClientSecret,
    string? Audience, string WorkspaceId)
{
    public override string ToString() => $"NewCredential {{ Name = {Name}, ClientId = {ClientId} }}";
}

/// <summary>Stores Coro credentials with their secrets encrypted at rest.</summary>
public sealed class CredentialStore(DashboardContextFactory contexts, SecretProtector protector, TimeProvider clock)
{
    public event Action? Changed;

    public Task<IReadOnlyList<CredentialSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        contexts.UseAsync<IReadOnlyList<CredentialSummary>>(async db =>
            (await db.Credentials.AsNoTracking().ToListAsync(cancellationToken))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new CredentialSummary(
                    c.Id, c.Name, c.Region, c.BaseUrl, c.ClientId, c.WorkspaceId, c.UpdatedAt))
                .ToList());

    public async Task<Guid> AddAsync(NewCredential input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var credential = new StoredCredential
        {
            Name = input.Name.Trim(),
            Region = input.Region,
            BaseUrl = string.IsNullOrWhiteSpace(input.BaseUrl) ? null : input.BaseUrl.Trim(),
            ClientId = input.ClientId.Trim(),
            ProtectedSecret = protector.Protect(input.ClientSecret),
            Audience = string.IsNullOrWhiteSpace(input.Audience) ? null : input.Audience.Trim(),
            WorkspaceId = input.WorkspaceId.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await contexts.UseAsync(async db =>
        {
            db.Credentials.Add(credential);
            return await db.SaveChangesAsync(cancellationToken);
        });
        Changed?.Invoke();
        return credential.Id;
    }

    /// <summary>Replaces a secret (rotation). The old one is not kept.</summary>
    public async Task<bool> ReplaceSecretAsync(Guid id, string newSecret, CancellationToken cancellationToken = default)
    {
        var changed = await contexts.UseAsync(async db =>
        {
            var credential = await db.Credentials.FindAsync([id], cancellationToken);
            if (credential is null)
                return false;
            credential.ProtectedSecret = protector.Protect(newSecret);
            credential.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });
        if (changed)
            Changed?.Invoke();
        return changed;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var deleted = await contexts.UseAsync(async db =>
            await db.Credentials.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0);
        if (deleted)
            Changed?.Invoke();
        return deleted;
    }

    /// <summary>Every stored credential with its secret, for the gateway's credential source.</summary>
    public Task<IReadOnlyList<RevealedCredential>> RevealAllAsync(CancellationToken cancellationToken = default) =>
        contexts.UseAsync<IReadOnlyList<RevealedCredential>>(async db =>
            (await db.Credentials.AsNoTracking().ToListAsync(cancellationToken))
                .Select(c => new RevealedCredential(
                    c.Id, c.Name, c.Region, c.BaseUrl, c.ClientId, protector.Unprotect(c.ProtectedSecret),
                    c.Audience, c.WorkspaceId))
                .ToList());
}
