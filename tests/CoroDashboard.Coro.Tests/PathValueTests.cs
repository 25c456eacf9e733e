namespace CoroDashboard.Coro.Tests;

/// <summary>
/// Free text in a path id is percent-encoded as one segment. The API description has no free-text
/// query parameter, so ids are where text of any shape reaches the URL.
/// </summary>
public class PathValueTests
{
    [Theory]
    [InlineData("a,b c", "https://coro.test/v1/tickets/a%2Cb%20c")]
    [InlineData("a/b", "https://coro.test/v1/tickets/a%2Fb")]
    [InlineData("x?y=1#z", "https://coro.test/v1/tickets/x%3Fy%3D1%23z")]
    [InlineData("%2F", "https://coro.test/v1/tickets/%252F")]
    [InlineData("é ü", "https://coro.test/v1/tickets/%C3%A9%20%C3%BC")]
    public async Task Free_text_ids_are_encoded_and_never_split(string id, string url)
    {
        var handler = CapturingHandler.Json("{}");
        var api = TestClient.Create(handler);

        await api.GetTicketAsync("ws-alpha", "tok", id);

        Assert.Equal(url, handler.Requests.Single().RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task A_dot_id_is_refused_rather_than_reaching_another_resource(string id)
    {
        var handler = CapturingHandler.Json("{}");
        var api = TestClient.Create(handler);

        await Assert.ThrowsAsync<UnsafePathException>(
            () => api.GetTicketActionsAsync("ws-alpha", "tok", id));
        await Assert.ThrowsAsync<UnsafePathException>(() => api.DeleteUserAsync("ws-alpha", "tok", id));

        Assert.Empty(handler.Requests);
    }
}
