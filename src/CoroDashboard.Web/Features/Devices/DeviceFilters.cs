using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Features.Devices;

/// <summary>The device list's filters: operating system and protection state.</summary>
public static class DeviceFilters
{
    public static IReadOnlyList<FilterChoice> All { get; } =
    [
        new(ListFilters.Os, "Operating system",
            [.. Enum.GetValues<OsType>().Select(os =>
                new FilterOption(WireNames<OsType>.ToWire(os), OsLabel(os)))]),
        new(ListFilters.DeviceState, "State",
        [
            new("unprotected", "Unprotected"),
            new("isolated", "Isolated"),
            new("vulnerable", "Vulnerable"),
            new("outdated", "Outdated agent"),
        ]),
    ];

    public static string OsLabel(OsType os) => os switch
    {
        OsType.MacOs => "macOS",
        OsType.Ios => "iOS",
        _ => os.ToString(),
    };

    public static string Os(WireEnum<OsType> os) =>
        os.Known is { } known ? OsLabel(known) : WireText.Of(os);
}
