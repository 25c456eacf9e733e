using System.Net;
using System.Text;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests;

/// <summary>Epoch-millisecond instants through the real client (field case F13).</summary>
public class TimeTests
{
    [Fact]
    public async Task Epoch_milliseconds_read_as_the_exact_utc_instant()
    {
        var device = await ReadDevice("""{"enrollmentCode":"dev-0001","lastSeen":1642063192000}""");

        Assert.Equal(new DateTimeOffset(2022, 1, 13, 8, 39, 52, TimeSpan.Zero), device.LastSeen);
        Assert.Equal(TimeSpan.Zero, device.LastSeen!.Value.Offset);
        Assert.Equal("2022-01-13T08:39:52.0000000+00:00", device.LastSeen.Value.ToString("O"));
    }

    [Fact]
    public async Task Milliseconds_are_kept_whole_and_round_trip()
    {
        var device = await ReadDevice("""{"enrollmentCode":"dev-0001","lastSeen":1642063192999}""");

        Assert.Equal(999, device.LastSeen!.Value.Millisecond);
        Assert.Equal(1642063192999, device.LastSeen.Value.ToUnixTimeMilliseconds());
        Assert.Contains("\"lastSeen\":1642063192999", CoroJson.Serialize(device));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task Zero_null_and_blank_read_as_never(string value)
    {
        var device = await ReadDevice(
            $$"""{"enrollmentCode":"dev-0001","lastSeen":{{value}},"activationTime":0}""");

        Assert.Null(device.LastSeen);
        Assert.Null(device.ActivationTime);
    }

    [Fact]
    public async Task Unknown_properties_and_missing_lists_are_tolerated()
    {
        var device = await ReadDevice(
            """{"enrollmentCode":"dev-0001","brandNew":{"deep":[1,2]},"x":null}""");

        Assert.Equal("dev-0001", device.EnrollmentCode);
        Assert.Empty(device.Labels);
        Assert.Empty(device.Drives);
        Assert.Empty(device.LastLoggedInUsers);
        Assert.Empty(device.Vulnerabilities);
    }

    private static async Task<Device> ReadDevice(string device)
    {
        var body = $$"""{"items":[{{device}}],"totalElements":1}""";
        var api = TestClient.Create(new CapturingHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }));
        return (await api.GetDevicesAsync("ws-alpha", "tok", 0, 10)).Items.Single();
    }
}
