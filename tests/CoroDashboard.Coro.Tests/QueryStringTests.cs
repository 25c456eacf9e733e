using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests;

public class QueryStringTests
{
    private const string EmptyPage = """{"items":[],"totalElements":0}""";

    [Fact]
    public async Task Ticket_filters_go_out_in_wire_spelling()
    {
        var handler = CapturingHandler.Json(EmptyPage);
        var api = TestClient.Create(handler);

        await api.SearchTicketsAsync("ws-alpha", "tok", 0, 50, processed: false,
            moduleName: ProtectionModule.EndpointSecurity,
            eventTriggers: [TicketType.MalwareOnEndpoint, TicketType.DevicePasswordMissing]);

        Assert.Equal(
            "https://coro.test/v1/tickets?page=0&pageSize=50&processed=false&moduleName=endpointSecurity"
            + "&eventTriggers=malwareOnEndpoint%2CdevicePasswordMissing",
            handler.Requests.Single().RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task Empty_and_null_filters_are_left_out()
    {
        var handler = CapturingHandler.Json(EmptyPage);
        var api = TestClient.Create(handler);

        await api.SearchTicketsAsync("ws-alpha", "tok", 2, 10, eventTriggers: []);
        await api.SearchTicketsAsync("ws-alpha", "tok", 2, 10);

        Assert.All(handler.Requests, request =>
            Assert.Equal(
                "https://coro.test/v1/tickets?page=2&pageSize=10",
                request.RequestUri!.AbsoluteUri));
    }

    [Fact]
    public async Task Workspace_and_token_travel_with_the_call()
    {
        var handler = CapturingHandler.Json(EmptyPage);
        var api = TestClient.Create(handler);

        await api.GetDevicesAsync("ws-bravo", "token-b", 0, 20);

        var request = handler.Requests.Single();
        Assert.Equal("ws-bravo", request.Headers.GetValues("Workspace").Single());
        Assert.Equal("Bearer token-b", request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_call_without_a_workspace_fails_before_it_is_sent()
    {
        var handler = CapturingHandler.Json(EmptyPage);
        var api = TestClient.Create(handler);

        await Assert.ThrowsAsync<MissingWorkspaceException>(() => api.GetDevicesAsync(null!, "tok", 0, 20));
        Assert.Empty(handler.Requests);
    }
}
