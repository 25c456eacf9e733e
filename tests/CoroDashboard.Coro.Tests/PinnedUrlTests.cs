using System.Net;
using System.Text;

namespace CoroDashboard.Coro.Tests;

/// <summary>
/// The exact request line of every operation, so an upgrade of Refit or a change to the formatter
/// cannot alter what Coro receives without a test noticing.
/// </summary>
public class PinnedUrlTests
{
    [Fact]
    public void Every_operation_of_the_api_description_is_pinned()
    {
        Assert.Equal(43, CoroOperations.All.Count);
        Assert.Equal(43, CoroOperations.All.Select(operation => operation.OperationId).Distinct().Count());
        var requestLines = CoroOperations.All.Select(operation => (operation.Method, operation.Url));
        Assert.Equal(43, requestLines.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CoroOperations.Cases), MemberType = typeof(CoroOperations))]
    public async Task Each_operation_sends_its_pinned_method_and_url(CoroOperation operation)
    {
        var handler = Answering(operation);
        var api = TestClient.Create(handler);

        await operation.Call(api, "ws-alpha", "token-a");

        var request = Assert.Single(handler.Requests);
        Assert.Equal(operation.Method, request.Method.Method);
        Assert.Equal(operation.Url, request.RequestUri!.AbsoluteUri);
    }

    [Theory]
    [MemberData(nameof(CoroOperations.Cases), MemberType = typeof(CoroOperations))]
    public async Task Each_data_operation_carries_its_own_workspace_and_token(CoroOperation operation)
    {
        var handler = Answering(operation);
        var api = TestClient.Create(handler);

        await operation.Call(api, "ws-bravo", "token-b");

        var request = Assert.Single(handler.Requests);
        if (operation.OperationId == "auth")
        {
            Assert.False(request.Headers.Contains("Workspace"));
            Assert.Null(request.Headers.Authorization);
            return;
        }
        Assert.Equal(["ws-bravo"], request.Headers.GetValues("Workspace"));
        Assert.Equal("Bearer token-b", request.Headers.Authorization?.ToString());
    }

    [Theory]
    [MemberData(nameof(CoroOperations.Cases), MemberType = typeof(CoroOperations))]
    public async Task Only_operations_with_a_body_send_one_and_it_is_json(CoroOperation operation)
    {
        var handler = Answering(operation);
        var api = TestClient.Create(handler);

        await operation.Call(api, "ws-alpha", "token-a");

        var request = Assert.Single(handler.Requests);
        var body = handler.Bodies.Single() ?? "";
        if (!operation.HasBody)
        {
            Assert.Equal("", body);
            return;
        }
        Assert.StartsWith("{", body);
        Assert.Equal("application/json", request.Content!.Headers.ContentType?.MediaType);
    }

    private static CapturingHandler Answering(CoroOperation operation) =>
        new(_ => operation.AnswerBody is null
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(operation.AnswerBody, Encoding.UTF8, "application/json"),
            });
}
