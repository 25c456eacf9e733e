using System.Net;
using CoroDashboard.Coro;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Observability;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tokens;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Gateway.Calls;

/// <summary>
/// Makes one call to Coro for one covered workspace: the credential's token, the credential's
/// host, and the workspace in the header always travel together. A 401 costs one new token and
/// one more try, never more; a 403 under any credential means the workspace is not connected.
/// </summary>
internal sealed class CoroCaller(
    CoroApiFactory apiFactory,
    TokenCache tokens,
    GatewayMetrics metrics,
    ILogger<CoroCaller> logger)
{
    public async Task<CallOutcome<T>> CallAsync<T>(
        CoveredWorkspace target,
        string route,
        Func<ICoroApi, string, string, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        var api = apiFactory.For(target.Credential.EffectiveBaseUrl);
        try
        {
            var value = await CallWithTokenAsync(target, api, call, cancellationToken).ConfigureAwait(false);
            metrics.CoroCall(route, "ok");
            return CallOutcome<T>.Ok(value);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            metrics.CoroCall(route, "cancelled");
            throw;
        }
        catch (Exception error)
        {
            var outcome = CallFailures.Describe<T>(error);
            metrics.CoroCall(route, outcome.Status.ToString());
            Report(target, route, error, outcome);
            return outcome;
        }
    }

    private async Task<T> CallWithTokenAsync<T>(
        CoveredWorkspace target,
        ICoroApi api,
        Func<ICoroApi, string, string, CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        var credential = target.Credential;
        var token = await tokens.GetAsync(credential, cancellationToken).ConfigureAwait(false);
        try
        {
            return await call(api, target.WorkspaceId, token.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (CoroApiException rejected) when (rejected.Status == HttpStatusCode.Unauthorized)
        {
            logger.TokenRejected(credential.Name, target.WorkspaceId);
            tokens.Evict(credential, token);
            var fresh = await tokens.GetAsync(credential, cancellationToken).ConfigureAwait(false);
            return await call(api, target.WorkspaceId, fresh.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Report<T>(CoveredWorkspace target, string route, Exception error, CallOutcome<T> outcome)
    {
        if (outcome.Status == FetchStatus.NotConnected)
        {
            logger.WorkspaceNotConnected(target.WorkspaceId, outcome.Error?.Title ?? "refused");
            return;
        }
        if (outcome.Status == FetchStatus.NotFound)
            return;
        logger.CoroCallFailed(
            route, target.WorkspaceId, outcome.Error?.HttpStatus ?? 0, outcome.Error?.Title ?? "",
            outcome.Error?.TraceId);
        if (error is CoroApiException { RawBody.Length: > 0 } coro)
            logger.CoroCallBody(route, coro.RawBody);
    }
}
