using System.Net;
using System.Text;
using System.Web;

namespace CoroDashboard.Coro.Tests.Support;

/// <summary>
/// A canned device list behind <c>GET /v1/devices</c> that honours <c>page</c> and <c>pageSize</c>
/// (at most <paramref name="servedPageSize"/> rows a page) and reports <paramref name="total"/>.
/// </summary>
public static class PagedDevices
{
    public static CapturingHandler Handler(
        int rows,
        long? total = null,
        int servedPageSize = int.MaxValue) =>
        new(request =>
        {
            var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var page = int.Parse(query["page"]!);
            var size = Math.Min(int.Parse(query["pageSize"]!), servedPageSize);
            var items = Enumerable.Range(page * size + 1, Math.Max(0, Math.Min(size, rows - page * size)))
                .Select(n => $$"""{"enrollmentCode":"dev-{{n:D4}}"}""");
            var body = $$"""{"items":[{{string.Join(',', items)}}],"totalElements":{{total ?? rows}}}""";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
        });

    public static IReadOnlyList<int> PagesAsked(CapturingHandler handler) =>
        [.. handler.Requests.Select(request =>
            int.Parse(HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"]!))];
}
