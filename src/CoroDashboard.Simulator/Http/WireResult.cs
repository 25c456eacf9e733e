using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Faults;

namespace CoroDashboard.Simulator.Http;

/// <summary>
/// A successful answer serialized exactly as the client reads it (<see cref="CoroJson.Options"/>),
/// passed through <see cref="ResponseTampering"/> on its way out.
/// </summary>
internal sealed class WireResult<T>(T value, int status) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, CoroJson.TypeInfo<T>());
        body = httpContext.RequestServices.GetRequiredService<ResponseTampering>().Apply(body);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}

/// <summary>Shorthands for the answers handlers give.</summary>
internal static class Wire
{
    public static IResult Ok<T>(T value) => new WireResult<T>(value, StatusCodes.Status200OK);

    public static IResult Created<T>(T value) => new WireResult<T>(value, StatusCodes.Status201Created);

    /// <summary>200 with no body, where the API description lists a 200 without content.</summary>
    public static IResult Empty() => Results.StatusCode(StatusCodes.Status200OK);
}
