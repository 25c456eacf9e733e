using CoroDashboard.Data.Assignments;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Web.Identity;

/// <summary>
/// Grants the first MSP admins, named by email or Entra object id in
/// <c>Identity:BootstrapAdmins</c>, an MSP admin assignment over the channel. It acts only while
/// no MSP admin assignment exists at all (a new database, or every admin removed by hand): once
/// someone can manage access on the settings page, the configuration key changes nothing.
/// </summary>
public sealed partial class BootstrapAdmins(
    AssignmentStore store,
    IdentityOptions options,
    ICoroCredentialSource credentials,
    IOptions<CoroGatewayOptions> gatewayOptions,
    ILogger<BootstrapAdmins> log)
{
    public const string CreatedBy = "Identity:BootstrapAdmins";

    public async Task GrantAsync(CancellationToken cancellationToken)
    {
        var subjects = options.BootstrapAdmins
            .Select(subject => subject.Trim())
            .Where(subject => subject.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (subjects.Length == 0)
            return;

        var existing = await store.ListAsync(cancellationToken);
        if (existing.Any(a => a.Role == DashboardRole.MspAdmin))
        {
            AdminsExist(log);
            return;
        }

        var channel = await ChannelIdAsync(cancellationToken);
        if (channel is null)
            NoChannelYet(log);
        foreach (var subject in subjects)
        {
            await store.AddAsync(new RoleAssignment
            {
                SubjectKind = SubjectKind.User,
                Subject = subject,
                Role = DashboardRole.MspAdmin,
                Workspaces = channel is null ? [] : [channel],
            }, CreatedBy, cancellationToken);
            Granted(log, subject);
        }
    }

    private async Task<string?> ChannelIdAsync(CancellationToken cancellationToken)
    {
        if (gatewayOptions.Value.ChannelWorkspaceId is { Length: > 0 } configured)
            return configured;
        var known = await credentials.GetCredentialsAsync(cancellationToken);
        return known.Count > 0 ? known[0].WorkspaceId : null;
    }

    [LoggerMessage(EventId = 3011, EventName = "BootstrapAdminGranted", Level = LogLevel.Information,
        Message = "Bootstrap MSP admin assignment granted to {Subject}")]
    private static partial void Granted(ILogger logger, string subject);

    [LoggerMessage(EventId = 3012, EventName = "BootstrapAdminsIgnored", Level = LogLevel.Information,
        Message = "Identity:BootstrapAdmins is set but MSP admin assignments exist; nothing granted")]
    private static partial void AdminsExist(ILogger logger);

    [LoggerMessage(EventId = 3013, EventName = "BootstrapAdminWithoutChannel", Level = LogLevel.Warning,
        Message = "No Coro credential or Coro:ChannelWorkspaceId is known yet: the bootstrap MSP admins "
            + "can open the settings but see no workspace until they add a credential and an assignment "
            + "over the channel")]
    private static partial void NoChannelYet(ILogger logger);
}
