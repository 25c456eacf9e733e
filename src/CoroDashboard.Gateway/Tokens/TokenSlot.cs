using CoroDashboard.Gateway.Credentials;

namespace CoroDashboard.Gateway.Tokens;

/// <summary>
/// The one live token of one credential. Every caller that finds it missing or due joins the same
/// request; a failed request leaves nothing behind, so the next caller starts a new one.
/// </summary>
internal sealed class TokenSlot(
    CoroCredential credential,
    TimeProvider clock,
    Func<CoroCredential, Task<AccessToken>> request,
    Action<TimeSpan> renewing)
{
    private readonly Lock _gate = new();
    private AccessToken? _current;
    private Task<AccessToken>? _pending;

    public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
    {
        Task<AccessToken> pending;
        AccessToken? stillValid;
        lock (_gate)
        {
            if (_current is { } live && !TokenRenewal.IsDue(live, clock))
                return live;
            stillValid = _current is { } due && !TokenRenewal.IsExpired(due, clock) ? due : null;
            if (_pending is null && stillValid is not null)
                renewing(TokenRenewal.Remaining(stillValid, clock));
            pending = _pending ??= StartRequest();
        }

        try
        {
            return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (stillValid is not null && !cancellationToken.IsCancellationRequested)
        {
            // The renewal failed but the old token has not expired yet: keep using it.
            return stillValid;
        }
    }

    /// <summary>Drops the token Coro refused, unless a newer one already replaced it.</summary>
    public void Evict(AccessToken rejected)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_current, rejected))
                _current = null;
        }
    }

    private Task<AccessToken> StartRequest()
    {
        var completion = new TaskCompletionSource<AccessToken>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        _ = CompleteAsync(completion);
        return completion.Task;
    }

    // Runs apart from any one caller's cancellation: the request belongs to everyone waiting on it.
    private async Task CompleteAsync(TaskCompletionSource<AccessToken> completion)
    {
        await Task.Yield();
        try
        {
            var token = await request(credential).ConfigureAwait(false);
            lock (_gate)
            {
                _current = token;
                _pending = null;
            }
            completion.SetResult(token);
        }
        catch (Exception error)
        {
            lock (_gate)
                _pending = null;
            completion.SetException(error);
        }
    }
}
