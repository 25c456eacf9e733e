using System.Net;

namespace CoroDashboard.Coro.Tests;

/// <summary>
/// No exception the client raises carries the bearer token: Refit's own exception type keeps the
/// request with its Authorization header, so it must never be what escapes.
/// </summary>
public class TokenLeakTests
{
    private const string Token = "eyJ-secret-bearer-token-0123456789";

    public static TheoryData<string> Failures =>
        ["400", "401", "502-html", "malformed-200", "transport", "no-workspace"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task No_failure_carries_the_bearer_token(string failure)
    {
        var api = TestClient.Create(new CapturingHandler(_ => Answer(failure)));
        var workspace = failure == "no-workspace" ? null : "ws-alpha";

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => api.GetDevicesAsync(workspace!, Token, 0, 10));

        Assert.IsNotAssignableFrom<Refit.ApiException>(error);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_request_prints_without_its_secret()
    {
        Assert.DoesNotContain("secret-1", CoroOperations.Token.ToString(), StringComparison.Ordinal);
    }

    private static HttpResponseMessage Answer(string failure) => failure switch
    {
        "400" => Json(HttpStatusCode.BadRequest, """{"title":"Bad request","errors":["x"]}"""),
        "401" => Json(HttpStatusCode.Unauthorized, """{"status":401,"title":"Unauthorized","errors":[]}"""),
        "502-html" => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>bad gateway</html>", System.Text.Encoding.UTF8, "text/html"),
        },
        "malformed-200" => Json(HttpStatusCode.OK, """{"items":5}"""),
        "transport" => throw new HttpRequestException("Connection refused (coro.test:443)"),
        _ => Json(HttpStatusCode.OK, "{}"),
    };

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
}
