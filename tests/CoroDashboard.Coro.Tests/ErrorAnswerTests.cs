using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CoroDashboard.Coro.Tests;

/// <summary>Every non-2xx answer becomes one CoroApiException, whatever its body looks like.</summary>
public class ErrorAnswerTests
{
    private const string BadPageSize =
        "{\"status\":400,\"title\":\"Bad Request\",\"errors\":[\"pageSize must be between 10 and 500\"],"
        + "\"timestamp\":1714557600000,\"traceId\":\"00-demo-trace-01\"}";

    [Theory]
    [InlineData("application/problem+json")]
    [InlineData("application/json")]
    public async Task A_validation_error_exposes_title_errors_trace_and_raw_body(string mediaType)
    {
        var handler = CapturingHandler.Json(BadPageSize, HttpStatusCode.BadRequest, mediaType);
        var api = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetDevicesAsync("ws-alpha", "tok", 0, 5));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("Bad Request", error.Title);
        Assert.Equal(["pageSize must be between 10 and 500"], error.Errors);
        Assert.Equal("00-demo-trace-01", error.TraceId);
        Assert.Equal(BadPageSize, error.RawBody);
        Assert.Equal("Coro answered 400: Bad Request (trace 00-demo-trace-01)", error.Message);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_proxy_html_page_reads_as_service_unavailable_without_a_json_error()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        var api = TestClient.Create(CapturingHandler.Json(html, HttpStatusCode.BadGateway, "text/html"));

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetDevicesAsync("ws-alpha", "tok", 0, 10));

        Assert.Equal("Service unavailable (502)", error.Title);
        Assert.Empty(error.Errors);
        Assert.Null(error.TraceId);
        Assert.Null(error.InnerException);
        Assert.Equal(html, error.RawBody);
        Assert.DoesNotContain("<html", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "Coro error (500)")]
    [InlineData(HttpStatusCode.Unauthorized, "Unauthorized (401)")]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden (403)")]
    [InlineData(HttpStatusCode.NotFound, "Not found (404)")]
    public async Task An_empty_error_body_still_names_the_status(HttpStatusCode status, string title)
    {
        var api = TestClient.Create(new CapturingHandler(_ => new HttpResponseMessage(status)));

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetTicketAsync("ws-alpha", "tok", "t-1"));

        Assert.Equal(status, error.Status);
        Assert.Equal(title, error.Title);
        Assert.Equal("", error.RawBody);
    }

    [Fact]
    public async Task Plain_json_without_a_title_falls_back_to_the_status_title()
    {
        var handler = CapturingHandler.Json("""{"message":"boom"}""", HttpStatusCode.ServiceUnavailable);
        var api = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetWorkspacesAsync("ws-alpha", "tok"));

        Assert.Equal("Service unavailable (503)", error.Title);
        Assert.Equal("""{"message":"boom"}""", error.RawBody);
    }

    [Fact]
    public async Task Error_items_read_as_text_whether_strings_objects_or_a_field_map()
    {
        const string listBody =
            """{"title":"Bad request","errors":["a",{"message":"b"},{"field":"c"},null]}""";
        const string mapBody = """{"title":"Bad request","errors":{"pageSize":["too small","too odd"]}}""";
        var list = await FailWith(listBody);
        var map = await FailWith(mapBody);

        Assert.Equal(["a", "b", """{"field":"c"}"""], list.Errors);
        Assert.Equal(["pageSize: too small", "pageSize: too odd"], map.Errors);
        Assert.Equal("Bad request", map.Title);
    }

    [Fact]
    public async Task One_unreadable_field_does_not_lose_the_rest_of_the_error()
    {
        var error = await FailWith(
            """{"status":"x","title":"Bad request","timestamp":"yesterday","traceId":"t-9"}""");

        Assert.Equal("Bad request", error.Title);
        Assert.Equal("t-9", error.TraceId);
    }

    [Fact]
    public async Task The_trace_header_is_used_when_the_body_has_no_trace_id()
    {
        var handler = new CapturingHandler(_ =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.InternalServerError);
            answer.Headers.Add("X-Coro-Trace-Id", "hdr-trace");
            return answer;
        });

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => TestClient.Create(handler).GetSubscriptionAsync("ws-alpha", "tok"));

        Assert.Equal("hdr-trace", error.TraceId);
    }

    [Fact]
    public async Task Too_many_requests_carries_the_retry_after_delay()
    {
        var handler = new CapturingHandler(_ =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            answer.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
            return answer;
        });

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => TestClient.Create(handler).GetDevicesAsync("ws-alpha", "tok", 0, 10));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_success_body_that_cannot_be_read_is_a_coro_error_not_a_crash()
    {
        var api = TestClient.Create(CapturingHandler.Json("""{"items":"not a list","totalElements":1}"""));

        var error = await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetDevicesAsync("ws-alpha", "tok", 0, 10));

        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.Equal("Coro sent an answer that could not be read", error.Title);
    }

    private static async Task<CoroApiException> FailWith(string body)
    {
        var handler = CapturingHandler.Json(body, HttpStatusCode.BadRequest, "application/problem+json");
        var api = TestClient.Create(handler);
        return await Assert.ThrowsAsync<CoroApiException>(
            () => api.GetDevicesAsync("ws-alpha", "tok", 0, 10));
    }
}
