using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>
/// A small channel: ch holds ws-alpha (with its own child ws-delta), ws-bravo and the sub-channel
/// sub, which holds ws-charlie. One credential lives in the channel.
/// </summary>
public static class Dataset
{
    public const string Channel = "ch";
    public const string Sub = "sub";
    public const string Alpha = "ws-alpha";
    public const string Bravo = "ws-bravo";
    public const string Charlie = "ws-charlie";
    public const string Delta = "ws-delta";

    public static void Small(FakeCoro coro)
    {
        coro.Add(Channel, null, WorkspaceType.Channel);
        coro.Add(Sub, Channel, WorkspaceType.Channel);
        Devices(coro.Add(Alpha, Channel), 12, "3.2.0");
        Devices(coro.Add(Bravo, Channel), 5, "3.1.9");
        Devices(coro.Add(Charlie, Sub), 3, "3.2.0");
        Devices(coro.Add(Delta, Alpha), 2, "3.2.0");
        coro.AddClient("channel-client", "channel-secret", Channel);
    }

    public static void Devices(FakeWorkspace workspace, int count, string appVersion, int offset = 0)
    {
        var id = workspace.Workspace.Id;
        for (var i = offset; i < offset + count; i++)
            workspace.Devices.Add(new Device
            {
                EnrollmentCode = $"{id}-dev-{i:D4}",
                Hostname = i % 4 == 3 ? null : $"host-{id}-{i:D4}",
                OsType = i % 2 == 0 ? OsType.Windows : OsType.MacOs,
                AppVersion = i % 5 == 4 ? "3.0.1" : appVersion,
                ProtectionEnabled = i % 3 != 2,
                LastSeen = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + i * 60_000L),
            });
        workspace.Users.Add(new ProtectedUser { Id = $"{id}-u1", Email = $"anna@{id}.test",
            IsProtected = true });
        workspace.Users.Add(new ProtectedUser { Id = $"{id}-u2", Email = $"ben@{id}.test",
            IsProtected = false });
        workspace.Tickets.Add(new Ticket { Id = $"{id}-t1", Processed = false,
            EventTrigger = TicketType.EmailPhishing });
        workspace.Tickets.Add(new Ticket { Id = $"{id}-t2", Processed = true,
            EventTrigger = TicketType.MalwareOnEndpoint });
    }

    public static Credentials.CoroCredential ChannelCredential => new()
    {
        Name = "channel",
        ClientId = "channel-client",
        ClientSecret = "channel-secret",
        WorkspaceId = Channel,
    };
}
