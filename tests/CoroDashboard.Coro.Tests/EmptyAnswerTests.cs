using System.Net;
using System.Text;

namespace CoroDashboard.Coro.Tests;

/// <summary>Successes without a body, or with empty lists, read as successes.</summary>
public class EmptyAnswerTests
{
    [Fact]
    public async Task A_delete_answered_204_without_body_or_content_type_succeeds()
    {
        var handler = new CapturingHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        var api = TestClient.Create(handler);

        await api.DeleteUserAsync("ws-alpha", "tok", "dev-0001");
        await api.UnlicenseDeviceAsync("ws-alpha", "tok", "dev-0001");

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_list_answered_200_with_content_length_zero_reads_as_an_empty_page()
    {
        var api = TestClient.Create(new CapturingHandler(_ => EmptyOk()));

        var page = await api.GetDevicesAsync("ws-alpha", "tok", 0, 10);
        var actions = await api.GetTicketActionsAsync("ws-alpha", "tok", "t-1");
        var webhooks = await api.GetWebhookConfigurationsAsync("ws-alpha", "tok");

        Assert.NotNull(page);
        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalElements);
        Assert.Empty(actions);
        Assert.Empty(webhooks);
    }

    [Fact]
    public async Task An_action_answered_200_with_content_length_zero_succeeds()
    {
        var api = TestClient.Create(new CapturingHandler(_ => EmptyOk()));

        await api.PerformDeviceActionAsync("ws-alpha", "tok", "dev-0001", CoroOperations.DeviceAction);
        await api.ArchiveWorkspaceAsync("ws-alpha", "tok");
        await api.TestWebhookConfigurationAsync("ws-alpha", "tok", "wh-1");
    }

    [Fact]
    public async Task Null_items_read_as_an_empty_page()
    {
        var api = TestClient.Create(CapturingHandler.Json("""{"items":null,"totalElements":0}"""));

        var page = await api.SearchUsersAsync("ws-alpha", "tok", 0, 10);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalElements);
    }

    private static HttpResponseMessage EmptyOk()
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentLength = 0;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
