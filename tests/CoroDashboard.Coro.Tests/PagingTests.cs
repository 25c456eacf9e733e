using System.Web;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests;

/// <summary>Reading a whole list page by page through the real client (field case F01).</summary>
public class PagingTests
{
    [Theory]
    [InlineData(501, new[] { 0, 1 })]
    [InlineData(500, new[] { 0 })]
    [InlineData(1, new[] { 0 })]
    [InlineData(0, new[] { 0 })]
    public async Task Reading_all_returns_every_row_and_asks_only_for_pages_that_exist(int rows, int[] pages)
    {
        var handler = PagedDevices.Handler(rows);
        var api = TestClient.Create(handler);

        var devices = await ReadAll(api, pageSize: 500);

        Assert.Equal(rows, devices.Count);
        Assert.Equal(pages, PagedDevices.PagesAsked(handler));
        if (rows == 501)
            Assert.Equal("dev-0501", devices[^1].EnrollmentCode);
    }

    [Fact]
    public async Task The_first_request_asks_for_page_zero()
    {
        var handler = PagedDevices.Handler(501);

        await ReadAll(TestClient.Create(handler), pageSize: 500);

        Assert.Equal("?page=0&pageSize=500", handler.Requests[0].RequestUri!.Query);
    }

    [Fact]
    public async Task Reading_stops_at_an_empty_page_even_when_the_total_promised_more()
    {
        var handler = PagedDevices.Handler(rows: 500, total: 501);

        var devices = await ReadAll(TestClient.Create(handler), pageSize: 500);

        Assert.Equal(500, devices.Count);
        Assert.Equal([0, 1], PagedDevices.PagesAsked(handler));
    }

    [Fact]
    public async Task Reading_keeps_going_when_coro_serves_smaller_pages_than_asked()
    {
        var handler = PagedDevices.Handler(rows: 501, servedPageSize: 100);

        var devices = await ReadAll(TestClient.Create(handler), pageSize: 500);

        Assert.Equal(501, devices.Count);
        Assert.Equal(501, devices.Select(device => device.EnrollmentCode).Distinct().Count());
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(10, 10)]
    [InlineData(137, 137)]
    [InlineData(500, 500)]
    [InlineData(5000, 500)]
    public async Task Page_sizes_are_kept_inside_ten_to_five_hundred(int asked, int sent)
    {
        var handler = PagedDevices.Handler(rows: 3);

        await ReadAll(TestClient.Create(handler), pageSize: asked);

        var query = HttpUtility.ParseQueryString(handler.Requests[0].RequestUri!.Query);
        Assert.Equal(sent.ToString(), query["pageSize"]);
    }

    private static Task<IReadOnlyList<Device>> ReadAll(ICoroApi api, int pageSize) =>
        CoroPaging.ReadAllAsync(
            (page, size, cancellationToken) =>
                api.GetDevicesAsync("ws-alpha", "tok", page, size, cancellationToken),
            pageSize);
}
