using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Tickets;

namespace CoroDashboard.Simulator.Generation;

/// <summary>
/// Builds a workspace's tickets over the 120 days before the dataset's now: every module and
/// ticket type, mostly processed, the user-centred ones naming a user and the device-centred ones
/// naming devices.
/// </summary>
internal sealed class TicketFactory(Random random, DateTimeOffset now)
{
    private static readonly (ProtectionModule Module, double Weight)[] ModuleShare =
    [
        (ProtectionModule.EmailSecurity, 30), (ProtectionModule.CloudSecurity, 20),
        (ProtectionModule.EndpointSecurity, 20), (ProtectionModule.UserDataGovernance, 12),
        (ProtectionModule.EndpointDataGovernance, 8), (ProtectionModule.Edr, 10),
    ];

    public List<Ticket> CreateMany(string workspaceId, int count, List<ProtectedUser> users, List<Device> devices)
    {
        var tickets = new List<Ticket>(count);
        for (var i = 0; i < count; i++)
        {
            var module = random.Weighted(ModuleShare);
            var deviceModule = TicketCatalog.IsDeviceModule(module);
            if (deviceModule ? devices.Count == 0 : users.Count == 0)
                continue;
            tickets.Add(deviceModule
                ? ForDevices(workspaceId, module, devices)
                : ForUser(workspaceId, module, random.Pick(users)));
        }
        tickets.Sort((a, b) => Nullable.Compare(b.CreationTime, a.CreationTime));
        return tickets;
    }

    private Ticket ForUser(string workspaceId, ProtectionModule module, ProtectedUser user)
    {
        var type = PickType(module);
        // Tickets of protectable (not protected) users are information only and closed at once.
        var closedAtOnce = !user.IsProtected;
        return Base(workspaceId, module, type, closedAtOnce) with
        {
            ProtectedUser = user.IsProtected,
            AffectedUser = new TicketAffectedUser { Email = user.Email, Name = user.Name },
            TicketDetails = UserDetails(module, type, user),
        };
    }

    private Ticket ForDevices(string workspaceId, ProtectionModule module, List<Device> devices)
    {
        var type = PickType(module);
        var affected = Enumerable.Range(0, random.Chance(0.1) ? 2 : 1)
            .Select(_ => random.Pick(devices))
            .DistinctBy(d => d.EnrollmentCode)
            .Select(d => new TicketAffectedDevice { EnrollmentCode = d.EnrollmentCode, Hostname = d.Hostname, OsType = d.OsType })
            .ToList();
        var user = devices.Count > 0 ? random.Pick(devices).LastLoggedInUsers.FirstOrDefault() : null;
        return Base(workspaceId, module, type, closedAtOnce: false) with
        {
            ProtectedUser = true,
            AffectedUser = user is null ? null : new TicketAffectedUser { Email = user },
            AffectedDevices = affected,
            TicketDetails = DeviceDetails(module, type),
        };
    }

    private Ticket Base(string workspaceId, ProtectionModule module, TicketType type, bool closedAtOnce)
    {
        var created = now - random.Span(TimeSpan.FromMinutes(3), TimeSpan.FromDays(120));
        var processed = closedAtOnce || random.Chance(0.72);
        DateTimeOffset? processedAt = null;
        if (processed)
        {
            var after = closedAtOnce ? TimeSpan.FromSeconds(random.Between(1, 60)) : random.Span(TimeSpan.FromMinutes(5), TimeSpan.FromDays(10));
            processedAt = created + after < now ? created + after : now;
        }
        var id = random.Hex(24);
        return new Ticket
        {
            Id = id,
            WorkspaceId = workspaceId,
            EventTrigger = type,
            ModuleName = module,
            Processed = processed,
            CreationTime = created,
            ProcessedTime = processedAt,
            Links = processed && random.Chance(0.3) ? AuditLink(id) : null,
        };
    }

    private TicketType PickType(ProtectionModule module)
    {
        var types = TicketCatalog.TypesByModule[module];
        // The four endpointDriveWith* types are deprecated and only show up on old tickets now and then.
        if (module == ProtectionModule.EndpointDataGovernance && !random.Chance(0.15))
            return TicketType.EndpointDriveContainingSensitiveData;
        return random.Pick(types);
    }

    private TicketDetails UserDetails(ProtectionModule module, TicketType type, ProtectedUser user) => module switch
    {
        ProtectionModule.EmailSecurity => new TicketDetails
        {
            Description = "Suspicious email quarantined",
            EmailSubject = random.Pick(Names.EmailSubjects),
            EmailSender = $"billing@{random.Pick(["paylink-secure", "m1crosoft-support", "parcel-track"])}.example.net",
            EmailRecipients = [user.Email ?? ""],
            FileName = type == TicketType.MalwareInEmailAttachment ? random.Pick(Names.FileNames) : null,
            Findings = type == TicketType.EmailPhishing ? ["Domain impersonation", "Link to a newly registered domain"] : [],
        },
        ProtectionModule.CloudSecurity => new TicketDetails
        {
            Description = "Suspicious activity in a cloud application",
            CloudApplication = user.CloudApplications.FirstOrDefault()?.Name ?? "office365",
            IpAddress = $"203.0.113.{random.Between(1, 254)}",
            Country = random.Pick(Names.Countries),
            EventCount = type == TicketType.ImpossibleTraveler ? random.Between(2, 14) : null,
            FileName = type == TicketType.MalwareInCloudDrive ? random.Pick(Names.FileNames) : null,
        },
        _ => new TicketDetails
        {
            Description = "Sensitive data shared outside the organisation",
            ViolatedDataTypes = [.. TicketCatalog.DataTypes.Where(_ => random.Chance(0.4)).DefaultIfEmpty("PII")],
            FileName = random.Pick(Names.FileNames),
            FileSize = random.Between(2_000, 40_000_000),
            CloudApplication = user.CloudApplications.FirstOrDefault()?.Name ?? "office365",
            SharedWith = random.Chance(0.4) ? ["public"] : [$"partner@{random.Pick(["vendor-one", "contractor"])}.example.org"],
        },
    };

    private TicketDetails DeviceDetails(ProtectionModule module, TicketType type) => module switch
    {
        ProtectionModule.Edr => new TicketDetails
        {
            Description = "Remote access tool started from an unusual parent process",
            ProcessName = random.Pick(["anydesk.exe", "screenconnect.client.exe", "rustdesk.exe"]),
            ProcessHash = random.Hex(64),
            CommandLine = "\"C:\\Users\\Public\\tool.exe\" --silent",
            Path = "C:\\Users\\Public\\tool.exe",
            Mitre = [new MitreTechnique { Tactic = "Command and Control", TechniqueId = "T1219", TechniqueName = "Remote Access Software" }],
        },
        ProtectionModule.EndpointDataGovernance => new TicketDetails
        {
            Description = "Drive scan found files with sensitive data",
            ViolatedDataTypes = [.. TicketCatalog.DataTypes.Where(_ => random.Chance(0.4)).DefaultIfEmpty("PCI")],
            Findings = [$"{random.Between(1, 400)} files"],
        },
        _ => new TicketDetails
        {
            Description = type == TicketType.MalwareOnEndpoint ? "Malware blocked by the agent" : "Device posture check failed",
            FileName = type == TicketType.MalwareOnEndpoint ? random.Pick(Names.FileNames) : null,
            ProcessHash = type == TicketType.MalwareOnEndpoint ? random.Hex(64) : null,
        },
    };

    private static Dictionary<string, JsonElement> AuditLink(string ticketId) => new()
    {
        ["auditLogs"] = JsonSerializer.SerializeToElement(
            new Dictionary<string, string> { ["href"] = $"/v1/audit-logs/search?ticketId={ticketId}" }),
    };
}
