using System.Net;
using System.Reflection;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.AspNetCore.Components;
using Xunit.Abstractions;

namespace CoroDashboard.Web.Tests.Access;

/// <summary>
/// Every page route of the app, requested over HTTP by every kind of caller: shown (200), sent to
/// sign in, or sent to the no-access page. Workspace routes are tried with the customer admin's
/// own workspace and with another one; pages render on the circuit, so for a workspace outside
/// the caller's scope the page loads and the gateway refuses its data (see the gateway matrix).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PageAccessTests(DashboardFactory app, ITestOutputHelper output)
{
    // Route template → the addresses it is tried with. Embedded data pages honour only the
    // embedded session's own cookie, which no caller here carries (the test sign-in is a header),
    // so everyone is sent to the session-ended page; the embedding tests open real sessions.
    private static readonly Dictionary<string, string[]> Samples = new()
    {
        ["/"] = ["/"],
        ["/workspaces"] = ["/workspaces"],
        ["/w/{WorkspaceId}"] = ["/w/ws-bravo", "/w/ws-alpha"],
        ["/settings/access"] = ["/settings/access"],
        ["/settings/credentials"] = ["/settings/credentials"],
        ["/settings/psa"] = ["/settings/psa"],
        ["/devices"] = ["/devices"],
        ["/users"] = ["/users"],
        ["/tickets"] = ["/tickets"],
        ["/w/{WorkspaceId}/devices"] = ["/w/ws-bravo/devices", "/w/ws-alpha/devices"],
        ["/w/{WorkspaceId}/users"] = ["/w/ws-bravo/users"],
        ["/w/{WorkspaceId}/tickets"] = ["/w/ws-bravo/tickets"],
        ["/embed/w/{WorkspaceId}"] = ["/embed/w/ws-bravo", "/embed/w/ws-alpha"],
        ["/embed/w/{WorkspaceId}/devices"] = ["/embed/w/ws-bravo/devices"],
        ["/embed/w/{WorkspaceId}/users"] = ["/embed/w/ws-bravo/users"],
        ["/embed/w/{WorkspaceId}/tickets"] = ["/embed/w/ws-bravo/tickets"],
        ["/embed/refused"] = ["/embed/refused"],
        ["/embed/expired"] = ["/embed/expired"],
        ["/embed/cookies-blocked"] = ["/embed/cookies-blocked"],
        ["/embed/signin-needed"] = ["/embed/signin-needed"],
        ["/signin"] = ["/signin"],
        ["/signout"] = ["/signout"],
        ["/no-access"] = ["/no-access"],
        ["/not-found"] = ["/not-found"],
        ["/error"] = ["/error"],
    };

    private const string Expected = """
        msp-admin msp-technician customer-admin embedded no-assignment anonymous
        / 200 200 200 no-access no-access signin
        /workspaces 200 200 200 no-access no-access signin
        /w/ws-bravo 200 200 200 no-access no-access signin
        /w/ws-alpha 200 200 200 no-access no-access signin
        /settings/access 200 no-access no-access no-access no-access signin
        /settings/credentials 200 no-access no-access no-access no-access signin
        /settings/psa 200 no-access no-access no-access no-access signin
        /devices 200 200 200 no-access no-access signin
        /users 200 200 200 no-access no-access signin
        /tickets 200 200 200 no-access no-access signin
        /w/ws-bravo/devices 200 200 200 no-access no-access signin
        /w/ws-alpha/devices 200 200 200 no-access no-access signin
        /w/ws-bravo/users 200 200 200 no-access no-access signin
        /w/ws-bravo/tickets 200 200 200 no-access no-access signin
        /embed/w/ws-bravo expired expired expired expired expired expired
        /embed/w/ws-alpha expired expired expired expired expired expired
        /embed/w/ws-bravo/devices expired expired expired expired expired expired
        /embed/w/ws-bravo/users expired expired expired expired expired expired
        /embed/w/ws-bravo/tickets expired expired expired expired expired expired
        /embed/refused 200 200 200 200 200 200
        /embed/expired 200 200 200 200 200 200
        /embed/cookies-blocked 200 200 200 200 200 200
        /embed/signin-needed 200 200 200 200 200 200
        /signin 200 200 200 200 200 200
        /signout 200 200 200 200 200 200
        /no-access 200 200 200 200 200 200
        /not-found 200 200 200 200 200 200
        /error 200 200 200 200 200 200
        """;

    [Fact]
    public void Every_page_route_of_the_app_is_in_the_matrix()
    {
        var routes = typeof(CoroDashboard.Web.Components.App).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
            .Select(route => route.Template)
            .Distinct()
            .Order(StringComparer.Ordinal);

        var missing = routes.Where(route => !Samples.ContainsKey(route)).ToArray();
        Assert.True(missing.Length == 0,
            "Pages missing from the access matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Each_caller_gets_each_page_or_is_sent_away()
    {
        var table = new AccessTable(TestPersona.All.Select(p => p.Key).ToArray());
        foreach (var address in Samples.Values.SelectMany(a => a))
        {
            var cells = new List<string>();
            foreach (var persona in TestPersona.All)
                cells.Add(await OutcomeAsync(persona, address));
            table.Add(address, [.. cells]);
        }
        output.WriteLine(table.ToString());

        Assert.Equal(AccessTable.Normalize(Expected), AccessTable.Normalize(table.ToString()));
    }

    [Fact]
    public async Task The_no_access_page_tells_a_person_without_a_role_to_ask_for_one()
    {
        var page = Words(await app.ClientFor(TestPersona.NoAssignment).GetStringAsync("/no-access"));
        var refused = Words(await app.ClientFor(TestPersona.Technician).GetStringAsync("/no-access"));

        Assert.Contains("no role has been assigned to you", page);
        Assert.Contains("your role does not include that page", refused);
    }

    private static string Words(string html) => string.Join(' ', html.Split((char[])[' ', '\n', '\r'],
        StringSplitOptions.RemoveEmptyEntries));

    private async Task<string> OutcomeAsync(TestPersona persona, string address)
    {
        using var response = await app.ClientFor(persona).GetAsync(address);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            var target = response.Headers.Location!;
            var path = target.IsAbsoluteUri ? target.AbsolutePath : target.OriginalString.Split('?')[0];
            return path.TrimStart('/') switch
            {
                "signin" => "signin",
                "no-access" => "no-access",
                "embed/expired" => "expired",
                var other => "redirect:" + other,
            };
        }
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
