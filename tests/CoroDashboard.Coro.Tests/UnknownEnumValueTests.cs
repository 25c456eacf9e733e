using System.Net;
using System.Text;
using CoroDashboard.Coro.Wire;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Coro.Tests;

/// <summary>Enum values Coro adds without notice are kept, shown and logged once (field case F10).</summary>
public class UnknownEnumValueTests
{
    private const string Item137 = """{"id":"dev-0137","type":"partner","status":"decommissioned"}""";

    [Fact]
    public async Task A_page_with_one_unknown_row_reads_all_rows_and_keeps_the_raw_values()
    {
        var api = TestClient.Create(Answering(WorkspacePage(unknownAt: [137])));

        var page = await api.SearchWorkspacesAsync("ws-alpha", "tok", 0, 500);

        Assert.Equal(500, page.Items.Count);
        var odd = page.Items[136];
        Assert.Equal("dev-0137", odd.Id);
        Assert.Equal("partner", odd.Type.Value);
        Assert.Null(odd.Type.Known);
        Assert.Equal("decommissioned", odd.Status?.Value);
        Assert.False(odd.Status?.IsKnown);
        Assert.Equal(WorkspaceType.Child, page.Items[135].Type.Known);
    }

    [Fact]
    public async Task The_detail_call_for_the_unknown_row_works()
    {
        var api = TestClient.Create(Answering($$"""{"items":[{{Item137}}],"totalElements":1}"""));

        var page = await api.GetWorkspacesAsync("dev-0137", "tok");

        var workspace = Assert.Single(page.Items);
        Assert.Equal("partner", workspace.Type.ToString());
        Assert.Equal("decommissioned", workspace.Status.ToString());
    }

    [Fact]
    public async Task Each_unknown_enum_type_is_logged_once_not_once_per_row()
    {
        var logs = new CapturingLoggerProvider();
        var everyRow = WorkspacePage(unknownAt: [.. Enumerable.Range(1, 500)]);
        var api = TestClient.Create(Answering(everyRow), logs);

        await api.SearchWorkspacesAsync("ws-alpha", "tok", 0, 500);
        await api.SearchWorkspacesAsync("ws-alpha", "tok", 1, 500);

        var warnings = logs.Entries.Where(entry => entry.EventId.Id == 1001).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.All(warnings, warning => Assert.Equal(LogLevel.Warning, warning.Level));
        Assert.Contains(warnings, warning => warning.Message.Contains("WorkspaceType value 'partner'"));
        Assert.Contains(warnings, warning =>
            warning.Message.Contains("WorkspaceStatus value 'decommissioned'"));
    }

    [Fact]
    public async Task Known_values_log_nothing()
    {
        var logs = new CapturingLoggerProvider();
        var api = TestClient.Create(Answering(WorkspacePage(unknownAt: [])), logs);

        await api.SearchWorkspacesAsync("ws-alpha", "tok", 0, 500);

        Assert.DoesNotContain(logs.Entries, entry => entry.EventId.Id == 1001);
    }

    [Fact]
    public async Task Unknown_values_inside_lists_and_nested_records_survive()
    {
        const string body = """
            {"items":[{"enrollmentCode":"dev-0001","osType":"CHROME_OS","vulnerabilities":["newThing"],
            "mdmEnrollmentType":"kiosk"}],"totalElements":1}
            """;
        var api = TestClient.Create(Answering(body));

        var device = (await api.GetDevicesAsync("ws-alpha", "tok", 0, 10)).Items.Single();

        Assert.Equal("CHROME_OS", device.OsType.Value);
        Assert.Equal("newThing", device.Vulnerabilities.Single().Value);
        Assert.Equal("kiosk", device.MdmEnrollmentType?.Value);
    }

    private static string WorkspacePage(IReadOnlyCollection<int> unknownAt)
    {
        var items = Enumerable.Range(1, 500).Select(n => unknownAt.Contains(n)
            ? n == 137 ? Item137 : $$"""{"id":"ws-{{n:D4}}","type":"partner","status":"decommissioned"}"""
            : $$"""{"id":"ws-{{n:D4}}","type":"child","status":"active"}""");
        return $$"""{"items":[{{string.Join(',', items)}}],"totalElements":500}""";
    }

    private static CapturingHandler Answering(string body) =>
        new(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
}
