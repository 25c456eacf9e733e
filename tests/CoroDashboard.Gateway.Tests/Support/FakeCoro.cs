using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>
/// A small in-process Coro: a token endpoint and the read endpoints the gateway uses, over a
/// dataset the test builds. It checks every call's token against the workspace it names and
/// counts what it served.
/// </summary>
public sealed class FakeCoro : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private int _inFlight;
    private int _tokenCounter;

    public Dictionary<string, FakeWorkspace> Workspaces { get; } = [];
    public Dictionary<string, (string Secret, string WorkspaceId)> Clients { get; } = [];
    public long ExpiresInSeconds { get; set; } = 86400;

    public ConcurrentQueue<(string Route, string? Workspace, string? ClientId)> Calls { get; } = new();
    public ConcurrentQueue<string> TokenRequests { get; } = new();
    public ConcurrentQueue<string> Violations { get; } = new();
    public int MaxInFlight { get; private set; }

    /// <summary>Token requests still to fail with 500.</summary>
    public int TokenFailures { get; set; }

    /// <summary>
    /// While set and not completed, token requests wait for it before answering, so a test can
    /// line up every caller behind one request before that request ends.
    /// </summary>
    public TaskCompletionSource? TokenGate { get; set; }

    /// <summary>Data calls still to be answered 401 whatever their token.</summary>
    public int Unauthorized { get; set; }

    public HashSet<string> Failing { get; } = [];
    public HashSet<string> Hanging { get; } = [];
    public HashSet<string> Refusing { get; } = [];
    public Dictionary<string, int> FailingRoutes { get; } = [];

    /// <summary>Calls per route still to be answered 429 with <c>Retry-After: 1</c>.</summary>
    public Dictionary<string, int> RateLimitedRoutes { get; } = [];

    public int CallsTo(string route) => Calls.Count(call => call.Route == route);

    public int DataCalls => Calls.Count;

    public void Reset()
    {
        Calls.Clear();
        TokenRequests.Clear();
        MaxInFlight = 0;
    }

    public FakeWorkspace Add(
        string id,
        string? parent,
        WorkspaceType type = WorkspaceType.Child,
        string? status = null)
    {
        var workspace = new FakeWorkspace(new Workspace
        {
            Id = id,
            DisplayName = $"Name of {id}",
            CompanyName = $"Company {id}",
            Type = type,
            ParentWorkspaceId = parent,
            Status = status is null ? null : new WireEnum<WorkspaceStatus>(status),
        });
        Workspaces[id] = workspace;
        return workspace;
    }

    public void AddClient(string clientId, string secret, string workspaceId) =>
        Clients[clientId] = (secret, workspaceId);

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (Calls)
            MaxInFlight = Math.Max(MaxInFlight, now);
        try
        {
            return await AnswerAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task<HttpResponseMessage> AnswerAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/oauth/token")
            return await TokenAsync(request, cancellationToken);

        var workspace = request.Headers.TryGetValues("Workspace", out var values) ? values.First() : null;
        var token = request.Headers.Authorization?.Parameter;
        var clientId = token is not null && _tokens.TryGetValue(token, out var owner) ? owner : null;
        var route = $"{request.Method} {path}";
        Calls.Enqueue((route, workspace, clientId));

        if (clientId is null || Take(() => Unauthorized > 0, () => Unauthorized--))
            return Problem(HttpStatusCode.Unauthorized, "Unauthorized", "t-401");
        if (workspace is null || !Workspaces.ContainsKey(workspace))
            return Problem(HttpStatusCode.Forbidden, "Forbidden", "t-403");
        if (!Covers(Clients[clientId].WorkspaceId, workspace))
        {
            Violations.Enqueue($"{clientId} used for {workspace}");
            return Problem(HttpStatusCode.Forbidden, "Forbidden", "t-403");
        }
        if (Refusing.Contains(workspace))
            return Problem(HttpStatusCode.Forbidden, "Forbidden", "t-403");
        if (Hanging.Contains(workspace))
            await Task.Delay(Timeout.Infinite, cancellationToken);
        if (Take(() => RateLimitedRoutes.GetValueOrDefault(route) > 0, () => RateLimitedRoutes[route]--))
        {
            var limited = Problem(HttpStatusCode.TooManyRequests, "Too many requests", "t-429");
            limited.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(
                TimeSpan.FromSeconds(1));
            return limited;
        }
        if (Failing.Contains(workspace) || Take(() => FailingRoutes.GetValueOrDefault(route) > 0,
                () => FailingRoutes[route]--))
            return Problem(HttpStatusCode.InternalServerError, "Internal error", $"t-500-{workspace}");

        return Route(path, request.RequestUri.Query, Workspaces[workspace]);
    }

    private bool Take(Func<bool> available, Action use)
    {
        lock (Calls)
        {
            if (!available())
                return false;
            use();
            return true;
        }
    }

    private async Task<HttpResponseMessage> TokenAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var text = await request.Content!.ReadAsStringAsync(cancellationToken);
        var body = JsonDocument.Parse(text).RootElement;
        var clientId = body.GetProperty("client_id").GetString()!;
        TokenRequests.Enqueue(clientId);
        if (TokenGate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        if (Take(() => TokenFailures > 0, () => TokenFailures--))
            return Problem(HttpStatusCode.InternalServerError, "Token service failed", "t-token");
        if (!Clients.TryGetValue(clientId, out var client)
            || client.Secret != body.GetProperty("client_secret").GetString())
            return Problem(HttpStatusCode.Unauthorized, "Unauthorized", "t-auth");
        var token = $"token-{clientId}-{Interlocked.Increment(ref _tokenCounter)}";
        _tokens[token] = clientId;
        return Json(new TokenResponse { AccessToken = token, ExpiresIn = ExpiresInSeconds });
    }

    /// <summary>Makes every token issued so far unusable, as Coro does when it revokes them.</summary>
    public void RevokeTokens() => _tokens.Clear();

    private bool Covers(string credentialWorkspace, string workspace)
    {
        for (string? current = workspace; current is not null;
             current = Workspaces.TryGetValue(current, out var ws) ? ws.Workspace.ParentWorkspaceId : null)
            if (current == credentialWorkspace)
                return true;
        return false;
    }

    private HttpResponseMessage Route(string path, string query, FakeWorkspace workspace)
    {
        var parameters = System.Web.HttpUtility.ParseQueryString(query);
        var page = int.Parse(parameters["page"] ?? "0");
        var size = int.Parse(parameters["pageSize"] ?? "20");
        return path switch
        {
            "/v1/workspaces" => Json(PageOf(Below(workspace.Workspace.Id).ToList(), 0, int.MaxValue)),
            "/v1/devices" => Json(PageOf(workspace.Devices, page, size)),
            "/v1/users" => Json(PageOf(workspace.Users, page, size)),
            "/v1/tickets" => Json(PageOf(workspace.Tickets, page, size)),
            "/v1/subscriptions" => Json(new Subscription
            {
                Bundles = workspace.Bundles.Select(bundle =>
                    new WireEnum<SubscriptionBundle>(bundle)).ToArray(),
            }),
            "/v1/usage" => Json(PageOf<Usage>([new Usage { WorkspaceId = workspace.Workspace.Id }], 0, 10)),
            _ when path.StartsWith("/v1/tickets/summary/", StringComparison.Ordinal) => Json(new TicketSummary
            {
                Component = path["/v1/tickets/summary/".Length..],
                OpenTickets = workspace.Tickets.Count(ticket => !ticket.Processed),
                ResolvedLast90Days = workspace.Tickets.Count(ticket => ticket.Processed),
            }),
            _ => Problem(HttpStatusCode.NotFound, "Not found", "t-404"),
        };
    }

    private IEnumerable<Workspace> Below(string id)
    {
        yield return Workspaces[id].Workspace;
        foreach (var child in Workspaces.Values.Where(ws => ws.Workspace.ParentWorkspaceId == id))
            foreach (var below in Below(child.Workspace.Id))
                yield return below;
    }

    private static Page<T> PageOf<T>(IReadOnlyList<T> items, int page, int size) => new()
    {
        Items = items.Skip(page * Math.Min(size, 100_000)).Take(size).ToArray(),
        TotalElements = items.Count,
    };

    private static HttpResponseMessage Json<T>(T body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(CoroJson.Serialize(body), Encoding.UTF8, "application/json"),
    };

    private static HttpResponseMessage Problem(HttpStatusCode status, string title, string traceId) =>
        new(status)
    {
        Content = new StringContent(
            $$"""{"status":{{(int)status}},"title":"{{title}}","errors":[],"traceId":"{{traceId}}"}""",
            Encoding.UTF8, "application/problem+json"),
    };
}

public sealed class FakeWorkspace(Workspace workspace)
{
    public Workspace Workspace { get; } = workspace;
    public List<Device> Devices { get; } = [];
    public List<ProtectedUser> Users { get; } = [];
    public List<Ticket> Tickets { get; } = [];
    public List<string> Bundles { get; } = ["coroEssentials"];
}
