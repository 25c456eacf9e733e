using System.Text.Json;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Http;

/// <summary>Reads a JSON request body as a wire record; anything unreadable is a 400, as in Coro.</summary>
internal static class RequestBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, CoroJson.TypeInfo<T>(), request.HttpContext.RequestAborted);
            return body ?? throw ProblemException.BadRequest("A JSON request body is required");
        }
        catch (JsonException error)
        {
            throw ProblemException.BadRequest($"Malformed JSON body: {FirstLine(error.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
