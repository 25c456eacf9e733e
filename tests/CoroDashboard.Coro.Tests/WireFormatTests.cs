using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests;

public class WireFormatTests
{
    [Fact]
    public void Null_and_missing_lists_read_as_empty()
    {
        var page = CoroJson.Deserialize<Page<Device>>("""{"items":null,"totalElements":0}""")!;
        var device = CoroJson.Deserialize<Device>("""{"enrollmentCode":"dev-0001","labels":null}""")!;

        Assert.Empty(page.Items);
        Assert.Empty(device.Labels);
        Assert.Empty(device.Drives);
    }

    [Fact]
    public void Unknown_enum_values_survive_as_text()
    {
        var workspace = CoroJson.Deserialize<Workspace>("""{"id":"ws-alpha","type":"partner"}""")!;

        Assert.False(workspace.Type.IsKnown);
        Assert.Equal("partner", workspace.Type.Value);
        var known = CoroJson.Deserialize<Workspace>("""{"type":"channel"}""")!;
        Assert.Equal(WorkspaceType.Channel, known.Type.Known);
    }

    [Theory]
    [InlineData("1642063192000", "2022-01-13T08:39:52.0000000+00:00")]
    [InlineData("1642063192999", "2022-01-13T08:39:52.9990000+00:00")]
    public void Epoch_milliseconds_are_exact_instants(string millis, string expected)
    {
        var device = CoroJson.Deserialize<Device>($$"""{"lastSeen":{{millis}}}""")!;

        Assert.Equal(DateTimeOffset.Parse(expected), device.LastSeen);
        Assert.Contains($"\"lastSeen\":{millis}", CoroJson.Serialize(device));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("null")]
    public void Zero_and_null_times_mean_never(string value)
    {
        var device = CoroJson.Deserialize<Device>($$"""{"lastSeen":{{value}}}""")!;

        Assert.Null(device.LastSeen);
    }
}
