using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Subscriptions;

namespace CoroDashboard.Simulator.Generation;

/// <summary>Builds what surrounds the protected data: admins, subscription, usage, audit logs, webhooks.</summary>
internal sealed class AdminDataFactory(Random random, DateTimeOffset now)
{
    private static readonly SubscriptionBundle[] CustomerBundles =
    [
        SubscriptionBundle.CoroEssentials, SubscriptionBundle.ManagedCoroEssentials, SubscriptionBundle.CoroComplete,
        SubscriptionBundle.ManagedCoroComplete, SubscriptionBundle.EmailProtection, SubscriptionBundle.EndpointProtection,
    ];

    public List<PortalUser> PortalUsers(Workspace workspace)
    {
        var channel = workspace.Type.Known == WorkspaceType.Channel;
        var roles = channel
            ? new[] { "MSP Super admin", "MSP Administrator", "MSP Viewer" }
            : ["Super admin", "Administrator", "Viewer"];
        var users = new List<PortalUser>();
        var count = random.Between(2, 4);
        for (var i = 0; i < count; i++)
        {
            var first = random.Pick(Names.FirstNames);
            var last = random.Pick(Names.LastNames);
            var invited = i > 0 && random.Chance(0.2);
            users.Add(new PortalUser
            {
                Id = random.Hex(24),
                Email = i == 0 ? workspace.MainAdminEmail : $"{first}.{last}{i}@{workspace.Domain}".ToLowerInvariant(),
                FirstName = first,
                LastName = last,
                Role = roles[Math.Min(i, roles.Length - 1)],
                Status = invited ? PortalUserStatus.Invited : PortalUserStatus.Active,
                InvitationTime = now - random.Span(TimeSpan.FromDays(1), TimeSpan.FromDays(400)),
                ContentInspection = i == 0 || random.Chance(0.3),
            });
        }
        return users;
    }

    public Subscription Subscription(Workspace workspace)
    {
        var bundle = workspace.Type.Known == WorkspaceType.Channel
            ? SubscriptionBundle.ManagedCoroComplete
            : random.Pick(CustomerBundles);
        var modules = BundleCatalog.ModulesOf(bundle);
        return new Subscription
        {
            Bundles = [bundle],
            Modules = modules.ToDictionary(m => m, _ => JsonSerializer.SerializeToElement(true)),
        };
    }

    public Usage Usage(Workspace workspace, Subscription subscription) => new()
    {
        WorkspaceId = workspace.Id,
        Modules = subscription.Modules.ToDictionary(pair => pair.Key, pair => pair.Value.ValueKind == JsonValueKind.True),
        Addons = new Dictionary<string, bool> { ["inboundGateway"] = random.Chance(0.3) },
        DemoModeEnabled = random.Chance(0.05),
        DemoModeEndDate = random.Chance(0.05) ? now + TimeSpan.FromDays(14) : null,
    };

    public List<AuditLog> AuditLogs(Workspace workspace, IReadOnlyList<PortalUser> admins, List<ProtectedUser> users, List<Device> devices)
    {
        var count = random.Between(8, 40);
        var logs = new List<AuditLog>(count);
        for (var i = 0; i < count; i++)
            logs.Add(AuditLog(admins, users, devices));
        logs.Sort((a, b) => Nullable.Compare(b.Time, a.Time));
        return logs;
    }

    public WebhookConfiguration Webhook(Workspace workspace, string name, bool allDescendants)
    {
        var created = now - random.Span(TimeSpan.FromDays(5), TimeSpan.FromDays(200));
        return new WebhookConfiguration
        {
            Id = random.Hex(24),
            Name = name,
            WorkspaceId = workspace.Id,
            Status = WebhookStatus.Enabled,
            Description = $"Forwards Coro events for {workspace.CompanyName}",
            ApplyToAllDescendants = allDescendants,
            Url = $"https://hooks.{workspace.Domain}/coro-events",
            Secret = $"whsec_{random.Hex(32)}",
            Headers = new Dictionary<string, string> { ["X-Source"] = "coro" },
            Triggers = [WebhookTrigger.WorkspaceCreated, WebhookTrigger.ProtectedDevicesAdded, WebhookTrigger.SubscriptionUpdated],
            Created = created,
            Updated = created + TimeSpan.FromDays(1),
        };
    }

    private AuditLog AuditLog(IReadOnlyList<PortalUser> admins, List<ProtectedUser> users, List<Device> devices)
    {
        var admin = random.Pick(admins);
        var time = now - random.Span(TimeSpan.FromMinutes(10), TimeSpan.FromDays(120));
        var byCoro = random.Chance(0.3);
        AuditActor actor = byCoro
            ? new AuditActor { Type = AuditActorType.Coro }
            : new AuditActor { Type = AuditActorType.Admin, Email = admin.Email };
        var id = $"al-{random.Hex(10)}";
        if (devices.Count > 0 && random.Chance(0.35))
        {
            var device = random.Pick(devices);
            var licensed = random.Chance(0.7);
            return new AuditLog
            {
                Id = id, Time = time, Type = "device", Actor = actor,
                Subtype = licensed ? AuditLogSubtype.LicenseDevice : AuditLogSubtype.UnlicenseDevice,
                Description = $"{(licensed ? "License assigned to" : "License removed from")} {device.Hostname}",
            };
        }
        if (users.Count > 0)
        {
            var user = random.Pick(users);
            var subtype = random.Pick([AuditLogSubtype.UserProtected, AuditLogSubtype.UserUnprotected, AuditLogSubtype.AutoProtectUsers]);
            return new AuditLog
            {
                Id = id, Time = time, Type = "user", Actor = actor, Subtype = subtype,
                Description = subtype == AuditLogSubtype.AutoProtectUsers
                    ? "Users synchronised from connected cloud apps were protected"
                    : $"Protection {(subtype == AuditLogSubtype.UserProtected ? "enabled" : "disabled")} for {user.Email}",
            };
        }
        return new AuditLog
        {
            Id = id, Time = time, Type = "workspace", Actor = actor,
            Description = "Workspace settings updated",
        };
    }
}
