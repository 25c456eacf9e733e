using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data.Psa;

/// <summary>What the settings page shows of an integration: never its signing secret.</summary>
public sealed record PsaIntegrationSummary(
    Guid Id, string Name, PsaKind Kind, IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<PsaCompanyMapping> Companies);

/// <summary>Keeps PSA integrations, their company maps and the launch nonces already used.</summary>
public sealed class PsaIntegrationStore(
    DashboardContextFactory contexts, SecretProtector protector, TimeProvider clock)
{
    public event Action? Changed;

    public Task<IReadOnlyList<PsaIntegrationSummary>> ListAsync(
        CancellationToken cancellationToken = default) =>
        contexts.UseAsync<IReadOnlyList<PsaIntegrationSummary>>(async db =>
            (await db.PsaIntegrations.AsNoTracking().Include(i => i.Companies).ToListAsync(cancellationToken))
                .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                .Select(Summarize)
                .ToList());

    public Task<PsaIntegrationSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        contexts.UseAsync(async db =>
        {
            var integration = await db.PsaIntegrations.AsNoTracking().Include(i => i.Companies)
                .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            return integration is null ? null : Summarize(integration);
        });

    public async Task<Guid> AddAsync(string name, PsaKind kind, IEnumerable<string> allowedOrigins,
        string signingSecret, CancellationToken cancellationToken = default)
    {
        var integration = new PsaIntegration
        {
            Name = name.Trim(),
            Kind = kind,
            AllowedOrigins = allowedOrigins.Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ProtectedSigningSecret = protector.Protect(signingSecret),
            CreatedAt = clock.GetUtcNow(),
        };
        await contexts.UseAsync(async db =>
        {
            db.PsaIntegrations.Add(integration);
            return await db.SaveChangesAsync(cancellationToken);
        });
        Changed?.Invoke();
        return integration.Id;
    }

    /// <summary>Changes an integration; a null secret keeps the one stored.</summary>
    public async Task<bool> UpdateAsync(
        Guid id,
        string name,
        PsaKind kind,
        IEnumerable<string> allowedOrigins,
        string? newSigningSecret,
        CancellationToken cancellationToken = default)
    {
        var updated = await contexts.UseAsync(async db =>
        {
            var integration = await db.PsaIntegrations.FindAsync([id], cancellationToken);
            if (integration is null)
                return false;
            integration.Name = name.Trim();
            integration.Kind = kind;
            integration.AllowedOrigins = allowedOrigins
                .Select(o => o.Trim().TrimEnd('/'))
                .Where(o => o.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (newSigningSecret is not null)
                integration.ProtectedSigningSecret = protector.Protect(newSigningSecret);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });
        if (updated)
            Changed?.Invoke();
        return updated;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var deleted = await contexts.UseAsync(async db =>
        {
            var integration = await db.PsaIntegrations.FindAsync([id], cancellationToken);
            if (integration is null)
                return false;
            db.PsaIntegrations.Remove(integration);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });
        if (deleted)
            Changed?.Invoke();
        return deleted;
    }

    /// <summary>Maps a PSA company to a workspace, replacing an earlier map of the same company.</summary>
    public async Task MapCompanyAsync(Guid integrationId, string companyId, string workspaceId,
        CancellationToken cancellationToken = default)
    {
        companyId = companyId.Trim();
        await contexts.UseAsync(async db =>
        {
            var existing = await db.PsaCompanyMappings.FirstOrDefaultAsync(
                m => m.IntegrationId == integrationId && m.CompanyId == companyId, cancellationToken);
            if (existing is null)
                db.PsaCompanyMappings.Add(new PsaCompanyMapping
                {
                    IntegrationId = integrationId, CompanyId = companyId, WorkspaceId = workspaceId.Trim(),
                });
            else
                existing.WorkspaceId = workspaceId.Trim();
            return await db.SaveChangesAsync(cancellationToken);
        });
        Changed?.Invoke();
    }

    public async Task UnmapCompanyAsync(
        Guid integrationId, string companyId, CancellationToken cancellationToken = default)
    {
        await contexts.UseAsync(async db => await db.PsaCompanyMappings
            .Where(m => m.IntegrationId == integrationId && m.CompanyId == companyId)
            .ExecuteDeleteAsync(cancellationToken));
        Changed?.Invoke();
    }

    /// <summary>The signing secret, for verifying and producing launch links on the server only.</summary>
    public Task<string?> RevealSigningSecretAsync(
        Guid integrationId, CancellationToken cancellationToken = default) =>
        contexts.UseAsync(async db =>
        {
            var integration = await db.PsaIntegrations.AsNoTracking()
                .FirstOrDefaultAsync(i => i.Id == integrationId, cancellationToken);
            return integration is null ? null : protector.Unprotect(integration.ProtectedSigningSecret);
        });

    /// <summary>
    /// Records a launch nonce as used. False when it was used before: the link is a replay. Expired
    /// nonces are swept on the way, since a link past its expiry is refused anyway.
    /// </summary>
    public Task<bool> TryUseNonceAsync(Guid integrationId, string nonce, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default) =>
        contexts.UseAsync(async db =>
        {
            var now = clock.GetUtcNow();
            await db.UsedLaunchNonces.Where(n => n.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            // A replay is expected traffic, answered without a failed insert (which EF Core logs
            // as a database error); the unique key still settles two uses racing each other.
            if (await db.UsedLaunchNonces.AnyAsync(
                    n => n.IntegrationId == integrationId && n.Nonce == nonce, cancellationToken))
                return false;
            db.UsedLaunchNonces.Add(new UsedLaunchNonce
            {
                IntegrationId = integrationId, Nonce = nonce, ExpiresAt = expiresAt,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        });

    private static PsaIntegrationSummary Summarize(PsaIntegration integration) =>
        new(integration.Id, integration.Name, integration.Kind, integration.AllowedOrigins,
            integration.Companies.OrderBy(c => c.CompanyId, StringComparer.OrdinalIgnoreCase).ToList());
}
