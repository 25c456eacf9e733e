using System.Net;
using CoroDashboard.Coro;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tokens;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoroDashboard.Gateway.Calls;

/// <summary>Turns what went wrong on the way to Coro into words and a status a page can show.</summary>
internal static class CallFailures
{
    public static CallOutcome<T> Describe<T>(Exception error) => error switch
    {
        CoroApiException { Status: HttpStatusCode.Forbidden } coro => CallOutcome<T>.Problem(
            FetchStatus.NotConnected,
            FromCoro(coro, "Coro refused this workspace to the dashboard's credential")),
        CoroApiException { Status: HttpStatusCode.NotFound } coro => CallOutcome<T>.Problem(
            FetchStatus.NotFound, FromCoro(coro, coro.Title)),
        CoroApiException { Status: HttpStatusCode.Unauthorized } coro => CallOutcome<T>.Problem(
            FetchStatus.Failed,
            FromCoro(coro, "Coro refused the dashboard's sign-in twice; check the credential")),
        CoroApiException coro => CallOutcome<T>.Problem(FetchStatus.Failed, FromCoro(coro, coro.Title)),
        TokenUnavailableException token => CallOutcome<T>.Problem(
            FetchStatus.Failed, new GatewayError(token.Message, Reason(token.InnerException))),
        TimeoutRejectedException or TimeoutException or TaskCanceledException => CallOutcome<T>.Problem(
            FetchStatus.TimedOut, new GatewayError("Coro did not answer in time", [])),
        BrokenCircuitException => CallOutcome<T>.Problem(
            FetchStatus.Failed,
            new GatewayError("Coro is failing; calls are paused for a short while", [])),
        HttpRequestException => CallOutcome<T>.Problem(
            FetchStatus.Failed, new GatewayError("Coro could not be reached", [])),
        _ => CallOutcome<T>.Problem(
            FetchStatus.Failed, new GatewayError("The answer from Coro could not be used", [])),
    };

    private static GatewayError FromCoro(CoroApiException coro, string title) =>
        new(title, coro.Errors, coro.TraceId, (int)coro.Status);

    private static IReadOnlyList<string> Reason(Exception? inner) => inner switch
    {
        CoroApiException coro => [coro.Message],
        HttpRequestException => ["Coro could not be reached"],
        null => [],
        _ => ["The token request did not complete"],
    };
}
