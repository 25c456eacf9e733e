using CoroDashboard.Coro.Wire;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Workspaces;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// Gives the demo personas their role assignments at start, so their access comes from the same
/// store and resolver as everyone else's. Running it again changes nothing unless the hierarchy
/// behind the personas changed.
/// </summary>
public sealed partial class DemoAssignments(
    AssignmentStore store,
    ICoroCredentialSource credentials,
    IOptions<CoroGatewayOptions> gatewayOptions,
    IServiceScopeFactory scopes,
    ILogger<DemoAssignments> log)
{
    private const string CreatedBy = "demo sign-in";
    private const int TechnicianCustomers = 3;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var channel = await ChannelIdAsync(cancellationToken);
        if (channel is null)
        {
            NoChannel(log);
            return;
        }

        await EnsureAsync(DemoPersonas.MspAdmin, [channel], cancellationToken);

        var customers = await ActiveCustomersAsync(cancellationToken);
        if (customers.Count == 0)
        {
            NoCustomers(log);
            return;
        }
        await EnsureAsync(DemoPersonas.Technician,
            customers.Take(TechnicianCustomers).Select(c => c.Id).ToArray(), cancellationToken);
        await EnsureAsync(DemoPersonas.CustomerAdmin, [customers[^1].Id], cancellationToken);
    }

    private async Task<string?> ChannelIdAsync(CancellationToken cancellationToken)
    {
        if (gatewayOptions.Value.ChannelWorkspaceId is { Length: > 0 } configured)
            return configured;
        var known = await credentials.GetCredentialsAsync(cancellationToken);
        return known.Count > 0 ? known[0].WorkspaceId : null;
    }

    // Customers are asked of the gateway as the admin persona, so a persona is only ever given
    // workspaces the admin can see.
    private async Task<IReadOnlyList<WorkspaceNode>> ActiveCustomersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<ICoroGateway>();
        var hierarchy = await gateway.GetHierarchyAsync(
            DemoPersonas.MspAdmin.CreatePrincipal(), cancellationToken: cancellationToken);
        if (!hierarchy.HasValue)
        {
            HierarchyUnavailable(log, hierarchy.Status);
            return [];
        }
        return hierarchy.Value!.Nodes.Values
            .Where(node => node.Type.Known == WorkspaceType.Child && !node.IsArchived)
            .OrderBy(node => node.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .ToList();
    }

    private async Task EnsureAsync(DemoPersona persona, IReadOnlyList<string> workspaces,
        CancellationToken cancellationToken)
    {
        var existing = (await store.ListAsync(cancellationToken))
            .Where(a => a.SubjectKind == SubjectKind.User && a.Subject == persona.Email)
            .ToList();
        if (existing.Count == 1 && Matches(existing[0], persona.Role, workspaces))
            return;

        foreach (var stale in existing)
            await store.DeleteAsync(stale.Id, cancellationToken);
        await store.AddAsync(new RoleAssignment
        {
            SubjectKind = SubjectKind.User,
            Subject = persona.Email,
            Role = persona.Role,
            Workspaces = [.. workspaces],
        }, CreatedBy, cancellationToken);
        Assigned(log, persona.Key, persona.Role, workspaces.Count);
    }

    private static bool Matches(
        RoleAssignment assignment, DashboardRole role, IReadOnlyList<string> workspaces) =>
        assignment.Role == role
        && assignment.Workspaces.Order(StringComparer.Ordinal).SequenceEqual(
            workspaces.Order(StringComparer.Ordinal))
        && assignment.ExactWorkspaces.Count == 0
        && assignment.ExcludedWorkspaces.Count == 0;

    [LoggerMessage(EventId = 3001, EventName = "DemoPersonaAssigned", Level = LogLevel.Information,
        Message = "Demo persona {Persona} assigned as {Role} over {WorkspaceCount} workspace(s)")]
    private static partial void Assigned(
        ILogger logger, string persona, DashboardRole role, int workspaceCount);

    [LoggerMessage(EventId = 3002, EventName = "DemoNoChannel", Level = LogLevel.Warning,
        Message = "No Coro credential is configured; the demo personas have no access")]
    private static partial void NoChannel(ILogger logger);

    [LoggerMessage(EventId = 3003, EventName = "DemoHierarchyUnavailable", Level = LogLevel.Warning,
        Message = "The hierarchy could not be read ({Status}); only the admin persona has access")]
    private static partial void HierarchyUnavailable(ILogger logger, Gateway.Results.FetchStatus status);

    [LoggerMessage(EventId = 3005, EventName = "DemoSeedingTimedOut", Level = LogLevel.Warning,
        Message = "Coro did not answer in time; the demo personas keep their earlier assignments")]
    internal static partial void TimedOut(ILogger logger);

    [LoggerMessage(EventId = 3004, EventName = "DemoNoCustomers", Level = LogLevel.Warning,
        Message = "The hierarchy has no active customer; only the admin persona has access")]
    private static partial void NoCustomers(ILogger logger);
}
