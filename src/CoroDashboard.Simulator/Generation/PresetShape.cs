namespace CoroDashboard.Simulator.Generation;

/// <summary>How big a generated MSP is: its sub-channels, customers and their sizes.</summary>
internal sealed record PresetShape(
    string MspName,
    int SubChannels,
    int Customers,
    int LargeCustomers,
    int EmptyCustomers,
    (int Min, int Max) LargeDevices,
    (int Min, int Max) Devices,
    (double Min, double Max) UsersPerDevice,
    (double Min, double Max) TicketsPerSeat)
{
    public static readonly PresetShape Demo = new(
        "Harborlight IT", SubChannels: 4, Customers: 40, LargeCustomers: 3, EmptyCustomers: 4,
        LargeDevices: (350, 600), Devices: (12, 150), UsersPerDevice: (0.8, 1.4), TicketsPerSeat: (2.5, 5.0));

    public static readonly PresetShape Large = new(
        "Meridian Managed Services", SubChannels: 9, Customers: 990, LargeCustomers: 10, EmptyCustomers: 10,
        LargeDevices: (150, 250), Devices: (80, 120), UsersPerDevice: (0.4, 0.7), TicketsPerSeat: (0.15, 0.3));

    public static PresetShape For(string preset) => preset.ToLowerInvariant() switch
    {
        "demo" => Demo,
        "large" => Large,
        _ => throw new ArgumentException($"Unknown preset '{preset}' (expected demo, large or tiny).", nameof(preset)),
    };
}
