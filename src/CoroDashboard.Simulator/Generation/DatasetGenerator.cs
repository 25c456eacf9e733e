using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>
/// Generates an invented MSP from a preset and a seed. The same preset and seed always give the
/// same dataset: every draw comes from one <see cref="Random"/> in a fixed order.
/// </summary>
public static class DatasetGenerator
{
    /// <summary>The fixed "now" of generated datasets; all generated times lie before it.</summary>
    public static readonly DateTimeOffset DatasetNow = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static SimulatorDataset Generate(string preset, int seed)
    {
        if (string.Equals(preset, "tiny", StringComparison.OrdinalIgnoreCase))
            return TinyDataset.Generate(seed);

        var shape = PresetShape.For(preset);
        var random = new Random(seed);
        var dataset = new SimulatorDataset { Now = DatasetNow, Origin = $"{preset.ToLowerInvariant()} seed {seed}" };
        var builder = new WorkspaceContentBuilder(random, DatasetNow);
        var factory = new WorkspaceFactory(random, DatasetNow);

        var root = factory.Create(shape.MspName, WorkspaceType.Channel, parentId: null);
        dataset.Workspaces.Add(builder.Fill(root, devices: 0, users: 6, ticketsPerSeat: 0));
        var channels = AddSubChannels(dataset, shape, factory, builder, root);
        AddCustomers(dataset, shape, random, factory, builder, [root.Id, .. channels]);
        FlagSpecialCustomers(dataset);
        AddCredentials(dataset, random, channels);
        AddWebhooks(dataset, random);
        return dataset;
    }

    private static List<string> AddSubChannels(
        SimulatorDataset dataset, PresetShape shape, WorkspaceFactory factory, WorkspaceContentBuilder builder,
        Workspace root)
    {
        var ids = new List<string>();
        for (var i = 0; i < shape.SubChannels; i++)
        {
            // Every third sub-channel sits below the one before it, so the tree is two channels deep in places.
            var parent = i % 3 == 1 ? ids[^1] : root.Id;
            var name = $"{shape.MspName} {Names.Regions[i % Names.Regions.Length]}";
            var channel = factory.Create(name, WorkspaceType.Channel, parent);
            dataset.Workspaces.Add(builder.Fill(channel, devices: 0, users: 3, ticketsPerSeat: 0));
            ids.Add(channel.Id);
        }
        return ids;
    }

    private static void AddCustomers(
        SimulatorDataset dataset, PresetShape shape, Random random, WorkspaceFactory factory,
        WorkspaceContentBuilder builder, List<string> parents)
    {
        var names = CompanyNames(random, shape.Customers);
        for (var i = 0; i < shape.Customers; i++)
        {
            var parent = parents[i % parents.Count];
            var info = factory.Create(names[i], WorkspaceType.Child, parent);
            var (devices, users, tickets) = CustomerSize(shape, random, i);
            dataset.Workspaces.Add(builder.Fill(info, devices, users, tickets));
        }
    }

    private static (int Devices, int Users, double TicketsPerSeat) CustomerSize(PresetShape shape, Random random, int index)
    {
        // Large customers come first in the spread and empty ones last, interleaved with the rest.
        var isLarge = index % (shape.Customers / shape.LargeCustomers) == 2;
        var isEmpty = index % (shape.Customers / shape.EmptyCustomers) == 7;
        if (isEmpty)
            return (0, 0, 0);
        var range = isLarge ? shape.LargeDevices : shape.Devices;
        var devices = random.Between(range.Min, range.Max);
        var users = (int)(devices * Between(random, shape.UsersPerDevice));
        return (devices, users, Between(random, shape.TicketsPerSeat));
    }

    private static double Between(Random random, (double Min, double Max) range) =>
        range.Min + random.NextDouble() * (range.Max - range.Min);

    private static List<string> CompanyNames(Random random, int count)
    {
        var names = new List<string>(count);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (names.Count < count)
        {
            var name = $"{random.Pick(Names.CompanyStems)} {random.Pick(Names.CompanyTrades)}";
            if (taken.Contains(name))
                name = $"{name} {random.Pick(Names.Regions)}";
            if (taken.Add(name))
                names.Add(name);
        }
        return names;
    }

    /// <summary>One customer is archived; another answers 403 to every ancestor's credential.</summary>
    private static void FlagSpecialCustomers(SimulatorDataset dataset)
    {
        var customers = dataset.Workspaces.Where(w => w.Info.Type.Known == WorkspaceType.Child && w.Devices.Count > 0).ToList();
        var archived = customers[^1];
        archived.Info = archived.Info with { Status = WorkspaceStatus.Archived };
        var revoked = customers[^2];
        revoked.AncestorAccessRevoked = true;
    }

    private static void AddCredentials(SimulatorDataset dataset, Random random, List<string> channels)
    {
        var customers = dataset.Workspaces
            .Where(w => w.Info.Type.Known == WorkspaceType.Child && !w.IsArchived && !w.AncestorAccessRevoked && w.Devices.Count > 0)
            .ToList();
        string[] holders = [dataset.Root.Id, customers[0].Id, customers[1].Id, channels[0]];
        foreach (var holder in holders)
            dataset.Credentials.Add(new SimulatorCredential(random.UpperOrDigit(32), $"sim_{random.Hex(48)}", holder));
    }

    private static void AddWebhooks(SimulatorDataset dataset, Random random)
    {
        var factory = new AdminDataFactory(random, dataset.Now);
        dataset.Root.Webhooks.Add(factory.Webhook(dataset.Root.Info, "PSA ticket sync", allDescendants: true));
        var customer = dataset.Workspaces.First(w => w.Info.Type.Known == WorkspaceType.Child && w.Devices.Count > 0);
        customer.Webhooks.Add(factory.Webhook(customer.Info, "Customer SIEM", allDescendants: false));
    }
}
