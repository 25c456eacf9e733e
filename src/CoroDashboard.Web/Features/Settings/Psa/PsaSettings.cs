using System.Security.Claims;
using System.Security.Cryptography;
using CoroDashboard.Data.Psa;
using CoroDashboard.Gateway;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CoroDashboard.Web.Features.Settings.Psa;

/// <summary>An integration as typed on the settings page; a blank secret keeps the stored one.</summary>
public sealed record PsaIntegrationDraft(Guid? Id, string Name, PsaKind Kind, string Origins, string? Secret);

/// <summary>A signed launch link made for testing a setup.</summary>
public sealed record GeneratedLaunch(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// What the PSA settings page may do, each step checked against the MSP admin policy here on the
/// server, whatever the page shows. The signing secret goes in and never comes back out.
/// </summary>
public sealed class PsaSettings(
    PsaIntegrationStore store,
    ICoroGateway gateway,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    public const int MinimumSecretLength = 32;

    public async Task<IReadOnlyList<PsaIntegrationSummary>> ListAsync(ClaimsPrincipal user)
    {
        await DemandAsync(user);
        return await store.ListAsync();
    }

    /// <summary>Adds or changes an integration; the problems found, none when it was saved.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(ClaimsPrincipal user, PsaIntegrationDraft draft)
    {
        await DemandAsync(user);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > 200)
            problems.Add("Give the integration a name (at most 200 characters).");
        var origins = new List<string>();
        var lines = draft.Origins.Split('\n',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            if (AllowedOrigin.TryNormalize(line, out var origin, out var problem))
                origins.Add(origin);
            else
                problems.Add($"The origin '{line}' {problem}.");
        }
        if (origins.Count == 0 && problems.Count == 0)
            problems.Add("List at least one origin allowed to frame the dashboard.");
        var secret = string.IsNullOrEmpty(draft.Secret) ? null : draft.Secret;
        if (secret is null && draft.Id is null)
            problems.Add("Enter the signing secret shared with the PSA.");
        if (secret is { Length: < MinimumSecretLength })
            problems.Add($"The signing secret needs at least {MinimumSecretLength} characters.");
        if (problems.Count > 0)
            return problems;

        if (draft.Id is { } id)
            await store.UpdateAsync(id, draft.Name, draft.Kind, origins, secret);
        else
            await store.AddAsync(draft.Name, draft.Kind, origins, secret!);
        return [];
    }

    public async Task DeleteAsync(ClaimsPrincipal user, Guid id)
    {
        await DemandAsync(user);
        await store.DeleteAsync(id);
    }

    /// <summary>Maps a PSA company to a workspace the admin can see; the problem, if any.</summary>
    public async Task<string?> MapAsync(ClaimsPrincipal user, Guid id, string companyId, string workspaceId)
    {
        await DemandAsync(user);
        if (string.IsNullOrWhiteSpace(companyId) || companyId.Trim().Length > 200)
            return "Enter the PSA's company id.";
        var tree = await gateway.GetHierarchyAsync(user);
        if (tree.Value?.Find(workspaceId) is null)
            return "Pick a workspace from the list.";
        await store.MapCompanyAsync(id, companyId, workspaceId);
        return null;
    }

    public async Task UnmapAsync(ClaimsPrincipal user, Guid id, string companyId)
    {
        await DemandAsync(user);
        await store.UnmapCompanyAsync(id, companyId);
    }

    /// <summary>A launch link for a mapped company, signed here, valid for five minutes.</summary>
    public async Task<GeneratedLaunch?> GenerateLaunchAsync(
        ClaimsPrincipal user, Guid id, string companyId, Uri site)
    {
        await DemandAsync(user);
        var secret = await store.RevealSigningSecretAsync(id);
        if (secret is null)
            return null;
        var expiresAt = clock.GetUtcNow().Add(LaunchLinks.MaxLifetime);
        var link = new LaunchLink(id, companyId, SubjectIsWorkspace: false, expiresAt.ToUnixTimeSeconds(),
            LaunchLinks.NewNonce());
        return new GeneratedLaunch(new Uri(site, LaunchLinks.ToUrl(link, secret)).ToString(), expiresAt);
    }

    /// <summary>A strong random secret to paste into the PSA side, shown once.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task DemandAsync(ClaimsPrincipal user)
    {
        var result = await authorization.AuthorizeAsync(user, DashboardPolicies.MspAdmin);
        if (!result.Succeeded)
            throw new UnauthorizedAccessException("PSA integrations are managed by MSP admins only.");
    }
}
