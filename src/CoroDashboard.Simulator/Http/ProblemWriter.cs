using System.Globalization;
using System.Text.Json;

namespace CoroDashboard.Simulator.Http;

/// <summary>
/// Writes Coro's error body: <c>application/problem+json</c> with status, title, errors[], an
/// ISO-8601 timestamp and the request's trace id (also in the <c>X-Coro-Trace-Id</c> header).
/// </summary>
internal sealed class ProblemWriter(SimulatorClock clock)
{
    public async Task WriteAsync(HttpContext context, int status, string title, IReadOnlyList<string> errors)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteNumber("status", status);
        json.WriteString("title", title);
        json.WriteStartArray("errors");
        foreach (var error in errors)
            json.WriteStringValue(error);
        json.WriteEndArray();
        json.WriteString("timestamp",
            clock.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        json.WriteString("traceId", TraceIds.Of(context));
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    public Task WriteAsync(HttpContext context, ProblemException problem) =>
        WriteAsync(context, problem.Status, problem.Title, problem.Errors);
}
