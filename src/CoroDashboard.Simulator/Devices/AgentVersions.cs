using System.Text.Json;
using CoroDashboard.Simulator.Generation;

namespace CoroDashboard.Simulator.Devices;

/// <summary>The latest stable agent per desktop system (the shape is the simulator's own reading).</summary>
internal static class AgentVersions
{
    public static readonly IReadOnlyList<JsonElement> Latest =
    [
        Agent("WINDOWS", DeviceFactory.LatestAgentVersion, "https://downloads.example.com/coro/agent-windows.msi"),
        Agent("MAC_OS", DeviceFactory.LatestAgentVersion, "https://downloads.example.com/coro/agent-macos.pkg"),
        Agent("LINUX", DeviceFactory.LatestAgentVersion, "https://downloads.example.com/coro/agent-linux.deb"),
    ];

    private static JsonElement Agent(string osType, string version, string url) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["osType"] = osType,
            ["version"] = version,
            ["downloadUrl"] = url,
        });
}
