using System.Security.Cryptography;

namespace CoroDashboard.Simulator.Http;

/// <summary>One trace id per request, sent in <c>X-Coro-Trace-Id</c> and in error bodies.</summary>
internal static class TraceIds
{
    public const string Header = "X-Coro-Trace-Id";
    private const string Key = "coro.traceId";

    public static string Of(HttpContext context)
    {
        if (context.Items[Key] is string id)
            return id;
        id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        context.Items[Key] = id;
        return id;
    }
}
