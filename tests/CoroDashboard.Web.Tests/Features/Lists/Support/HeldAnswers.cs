using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>List answers held back until the test releases them, in any order it likes.</summary>
public sealed class HeldAnswers<T>
{
    private readonly List<Held> _held = [];

    public sealed record Held(
        ListQuery Query,
        CancellationToken Token,
        TaskCompletionSource<Fetched<ListPage<WorkspaceItem<T>>>> Answer);

    public IReadOnlyList<Held> Calls
    {
        get
        {
            lock (_held)
                return [.. _held];
        }
    }

    public Task<Fetched<ListPage<WorkspaceItem<T>>>> Ask(ListQuery query, CancellationToken token)
    {
        var answer = new TaskCompletionSource<Fetched<ListPage<WorkspaceItem<T>>>>();
        lock (_held)
            _held.Add(new Held(query, token, answer));
        return answer.Task;
    }

    /// <summary>
    /// Answers a call with rows, even one whose caller has given up on it. Call it on the
    /// renderer's dispatcher, so the list has dealt with the answer when the call returns.
    /// </summary>
    public void Release(int call, IReadOnlyList<T> rows, string workspace = StubGateway.Workspace) =>
        Calls[call].Answer.SetResult(StubGateway.Answer(Calls[call].Query, rows) is var answer
            ? answer with
            {
                Value = answer.Value! with
                {
                    Items = [.. answer.Value.Items.Select(item => item with { WorkspaceId = workspace })],
                },
            }
            : answer);
}
