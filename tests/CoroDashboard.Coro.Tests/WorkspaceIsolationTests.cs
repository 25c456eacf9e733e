using System.Net;
using System.Text;

namespace CoroDashboard.Coro.Tests;

/// <summary>
/// The workspace and the token travel with each call and nowhere else: a call without them is
/// refused before it leaves, and concurrent callers never see each other's values.
/// </summary>
public class WorkspaceIsolationTests
{
    public static IEnumerable<object?[]> MissingWorkspaces()
    {
        foreach (var operation in CoroOperations.All.Where(operation => operation.NeedsWorkspace))
        {
            foreach (var workspace in new[] { null, "", "   " })
                yield return [operation, workspace];
        }
    }

    [Fact]
    public void Every_data_operation_but_bundle_info_needs_a_workspace()
    {
        Assert.Equal(41, CoroOperations.All.Count(operation => operation.NeedsWorkspace));
    }

    [Theory]
    [MemberData(nameof(MissingWorkspaces))]
    public async Task A_data_call_without_a_workspace_fails_closed_before_sending(
        CoroOperation operation, string? workspace)
    {
        var handler = CapturingHandler.Json("{}");
        var api = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<MissingWorkspaceException>(
            () => operation.Call(api, workspace!, "token-a"));

        Assert.Empty(handler.Requests);
        Assert.DoesNotContain("token-a", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundle_info_may_go_out_without_a_workspace_header()
    {
        var handler = CapturingHandler.Json("{}");
        var api = TestClient.Create(handler);

        await api.GetBundleInfoAsync(null, "token-a", CoroOperations.BundleInfo);

        var request = Assert.Single(handler.Requests);
        Assert.False(request.Headers.Contains("Workspace"));
        Assert.Equal("Bearer token-a", request.Headers.Authorization?.ToString());
    }

    [Fact]
    public async Task Concurrent_sessions_each_send_their_own_workspace_and_token()
    {
        var handler = new CapturingHandler(EchoWorkspaceAndToken);
        var factory = TestClient.Factory(handler);
        var shared = factory.For(TestClient.BaseUrl);
        var sessions = new[] { ("ws-alpha", "token-a"), ("ws-bravo", "token-b") };

        var calls = Enumerable.Range(0, 20).SelectMany(round => sessions.Select(async session =>
        {
            // Half the calls share one client, half take a fresh one from the same handler pool.
            var api = round % 2 == 0 ? shared : factory.For(TestClient.BaseUrl);
            var page = await api.GetDevicesAsync(session.Item1, session.Item2, round, 10);
            return (Sent: session, Seen: page.Items.Single().EnrollmentCode);
        }));
        var results = await Task.WhenAll(calls);

        Assert.Equal(40, handler.Requests.Count);
        Assert.All(results, result => Assert.Equal($"{result.Sent.Item1}|{result.Sent.Item2}", result.Seen));
        Assert.Equal(20, results.Count(result => result.Sent.Item1 == "ws-alpha"));
    }

    [Fact]
    public async Task A_session_without_a_workspace_never_borrows_another_sessions_header()
    {
        var handler = new CapturingHandler(EchoWorkspaceAndToken);
        var api = TestClient.Create(handler);

        var withWorkspace = Enumerable.Range(0, 20)
            .Select(round => api.GetDevicesAsync("ws-alpha", "token-a", round, 10));
        var without = Enumerable.Range(0, 20)
            .Select(round => Assert.ThrowsAsync<MissingWorkspaceException>(
                () => api.GetDevicesAsync(null!, "token-c", round, 10)));
        await Task.WhenAll(withWorkspace.Cast<Task>().Concat(without));

        Assert.Equal(20, handler.Requests.Count);
        Assert.All(handler.Requests, request =>
        {
            Assert.Equal(["ws-alpha"], request.Headers.GetValues("Workspace"));
            Assert.Equal("Bearer token-a", request.Headers.Authorization?.ToString());
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_data_call_without_a_token_fails_closed_before_sending(string? token)
    {
        var handler = CapturingHandler.Json("{}");
        var api = TestClient.Create(handler);

        await Assert.ThrowsAsync<MissingTokenException>(
            () => api.GetDevicesAsync("ws-alpha", token!, 0, 10));

        Assert.Empty(handler.Requests);
    }

    private static HttpResponseMessage EchoWorkspaceAndToken(HttpRequestMessage request)
    {
        var workspace = request.Headers.GetValues("Workspace").Single();
        var token = request.Headers.Authorization?.Parameter;
        var body = $$"""{"items":[{"enrollmentCode":"{{workspace}}|{{token}}"}],"totalElements":1}""";
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
    }
}
