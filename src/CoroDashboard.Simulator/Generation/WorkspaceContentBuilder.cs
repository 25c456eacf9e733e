using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>Fills one workspace with users, devices, tickets and the admin data around them.</summary>
internal sealed class WorkspaceContentBuilder(Random random, DateTimeOffset now)
{
    private readonly UserFactory _users = new(random);
    private readonly DeviceFactory _devices = new(random, now);
    private readonly TicketFactory _tickets = new(random, now);
    private readonly AdminDataFactory _admin = new(random, now);

    public SimulatedWorkspace Fill(Workspace info, int devices, int users, double ticketsPerSeat)
    {
        var protectedUsers = _users.CreateMany(users, info.Domain ?? "example.com");
        var emails = protectedUsers.Select(u => u.Email ?? "").ToList();
        var deviceList = Enumerable.Range(0, devices).Select(_ => _devices.Create(emails)).ToList();
        var ticketCount = (int)((devices + users) * ticketsPerSeat);
        var portalUsers = _admin.PortalUsers(info);
        var subscription = _admin.Subscription(info);

        var workspace = new SimulatedWorkspace
        {
            Info = info,
            Users = protectedUsers,
            Devices = deviceList,
            Tickets = _tickets.CreateMany(info.Id, ticketCount, protectedUsers, deviceList),
            PortalUsers = portalUsers,
            Subscription = subscription,
            Usage = _admin.Usage(info, subscription),
            AuditLogs = _admin.AuditLogs(info, portalUsers, protectedUsers, deviceList),
            UnlicensedDevices = [.. deviceList.Where(_ => random.Chance(0.02)).Select(d => d.EnrollmentCode)],
        };
        DerivedCounts.RefreshAll(workspace);
        return workspace;
    }
}
