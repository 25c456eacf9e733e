using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Coro.Tests;

/// <summary>JSON bodies as Coro spells them: camelCase members and enum values, nulls left out.</summary>
public class RequestBodyTests
{
    [Fact]
    public async Task The_token_request_uses_the_snake_case_names_of_the_token_endpoint()
    {
        var body = await BodyOf(operation => operation.OperationId == "auth");

        Assert.Equal(
            """{"client_id":"client-1","client_secret":"secret-1","""
            + "\"audience\":\"https://secure.coro.net/api\",\"grant_type\":\"client_credentials\"}",
            body);
    }

    [Fact]
    public async Task Camel_case_enum_members_keep_their_inner_capitals()
    {
        var workspace = await BodyOf(operation => operation.OperationId == "createWorkspace");
        var action = await BodyOf(operation => operation.OperationId == "performDeviceAction");

        Assert.Equal(
            """{"companyName":"Alpha","displayName":"Alpha Ltd","type":"child","domain":"alpha.test","""
            + "\"adminEmail\":\"admin@alpha.test\",\"notificationsLevel\":\"localAdmins\"}",
            workspace);
        Assert.Equal("""{"action":"dataGovernanceScan","value":"startFullScan"}""", action);
    }

    [Fact]
    public async Task Special_spellings_survive_in_bodies()
    {
        var bundle = await BodyOf(operation => operation.OperationId == "getSubscriptionUpdateDto");
        var ticket = await BodyOf(operation => operation.OperationId == "triggerTicketAction");
        var webhook = await BodyOf(operation => operation.OperationId == "createWebhookConfiguration");

        Assert.Equal("""{"bundles":["MANAGED_SASE"]}""", bundle);
        Assert.Equal("""{"eventAction":"markAsProcessed"}""", ticket);
        Assert.Equal(
            """{"name":"psa","applyToAllDescendants":false,"url":"https://hooks.alpha.test/coro","""
            + "\"secret\":\"hook-secret\",\"triggers\":[\"workspaceCreated.v1\"]}",
            webhook);
    }

    [Fact]
    public void A_webhook_request_prints_without_its_secret()
    {
        Assert.DoesNotContain("hook-secret", CoroOperations.Webhook.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_enum_values_and_booleans_use_wire_spelling()
    {
        var handler = CapturingHandler.Json("""{"items":[],"totalElements":0}""");
        var api = TestClient.Create(handler);

        await api.SearchTicketsAsync("ws-alpha", "tok", 0, 50, processed: true,
            moduleName: ProtectionModule.SecureWebGateway,
            eventTriggers: [TicketType.EndpointDriveWithNonPublicData]);

        Assert.Equal(
            "?page=0&pageSize=50&processed=true&moduleName=secureWebGateway"
            + "&eventTriggers=endpointDriveWithNonPublicData",
            handler.Requests.Single().RequestUri!.Query);
    }

    private static async Task<string?> BodyOf(Func<CoroOperation, bool> which)
    {
        var operation = CoroOperations.All.Single(which);
        var handler = CapturingHandler.Json(operation.AnswerBody ?? "{}");
        await operation.Call(TestClient.Create(handler), "ws-alpha", "tok");
        return handler.Bodies.Single();
    }
}
