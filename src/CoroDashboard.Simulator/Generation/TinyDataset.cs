using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>
/// A channel with two customers, <c>ws-alpha</c> and <c>ws-bravo</c>, a handful of devices
/// (<c>dev-0001</c> and up) and tickets: small enough for fast tests, with readable ids.
/// </summary>
internal static class TinyDataset
{
    public const string RootId = "ws-root";
    public const string AlphaId = "ws-alpha";
    public const string BravoId = "ws-bravo";

    public static SimulatorDataset Generate(int seed)
    {
        var random = new Random(seed);
        var now = DatasetGenerator.DatasetNow;
        var factory = new WorkspaceFactory(random, now);
        var builder = new WorkspaceContentBuilder(random, now);
        var dataset = new SimulatorDataset { Now = now, Origin = $"tiny seed {seed}" };

        var root = factory.Create("Tiny MSP", WorkspaceType.Channel, parentId: null, id: RootId);
        dataset.Workspaces.Add(builder.Fill(root, devices: 0, users: 2, ticketsPerSeat: 0));
        var alpha = builder.Fill(factory.Create("Alpha Dental", WorkspaceType.Child, RootId, AlphaId), 5, 6, 2);
        var bravo = builder.Fill(factory.Create("Bravo Logistics", WorkspaceType.Child, RootId, BravoId), 3, 3, 2);
        Renumber(alpha, first: 1);
        Renumber(bravo, first: alpha.Devices.Count + 1);
        dataset.Workspaces.Add(alpha);
        dataset.Workspaces.Add(bravo);

        dataset.Credentials.Add(new SimulatorCredential("tiny-root-client", "tiny-root-secret", RootId));
        dataset.Credentials.Add(new SimulatorCredential("tiny-alpha-client", "tiny-alpha-secret", AlphaId));
        return dataset;
    }

    /// <summary>Gives devices the codes dev-0001 and up, and points the tickets at the new codes.</summary>
    private static void Renumber(SimulatedWorkspace workspace, int first)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < workspace.Devices.Count; i++)
        {
            var code = $"dev-{first + i:0000}";
            codes[workspace.Devices[i].EnrollmentCode] = code;
            workspace.Devices[i] = workspace.Devices[i] with { EnrollmentCode = code };
        }
        for (var i = 0; i < workspace.Tickets.Count; i++)
        {
            var ticket = workspace.Tickets[i];
            workspace.Tickets[i] = ticket with
            {
                AffectedDevices = [.. ticket.AffectedDevices.Select(d => d with { EnrollmentCode = codes[d.EnrollmentCode!] })],
            };
        }
        workspace.UnlicensedDevices = [.. workspace.UnlicensedDevices.Select(code => codes[code])];
        DerivedCounts.RefreshAll(workspace);
    }
}
