using System.Security.Claims;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Identity;

/// <summary>
/// <c>Identity:BootstrapAdmins</c> on a new database: the people named get an MSP admin
/// assignment over the channel at start, once, which is the role the settings require.
/// </summary>
public sealed class BootstrapAdminsTests(BootstrapAdminsTests.Factory app)
    : IClassFixture<BootstrapAdminsTests.Factory>
{
    private const string FirstAdmin = "First.Admin@msp.test";
    private const string SecondAdmin = "6b0c3f6e-2a4d-4a8e-9d55-0d5f3c1e7a11";

    public sealed class Factory : DashboardFactory
    {
        protected override IEnumerable<(string Key, string Value)> MoreSettings() =>
        [
            ("Identity:BootstrapAdmins:0", FirstAdmin),
            ("Identity:BootstrapAdmins:1", SecondAdmin),
        ];
    }

    [Fact]
    public async Task The_named_people_are_msp_admins_over_the_channel_once()
    {
        var store = app.Services.GetRequiredService<AssignmentStore>();

        var granted = (await store.ListAsync())
            .Where(a => a.CreatedBy == BootstrapAdmins.CreatedBy).ToArray();
        Assert.Equal([SecondAdmin, FirstAdmin.ToLowerInvariant()], granted.Select(a => a.Subject).Order());
        Assert.All(granted, a =>
        {
            Assert.Equal(DashboardRole.MspAdmin, a.Role);
            Assert.Equal(SubjectKind.User, a.SubjectKind);
            Assert.Equal(["ws-root"], a.Workspaces);
        });

        await app.Services.GetRequiredService<BootstrapAdmins>().GrantAsync(CancellationToken.None);
        Assert.Equal(2, (await store.ListAsync()).Count(a => a.CreatedBy == BootstrapAdmins.CreatedBy));
    }

    [Fact]
    public async Task A_bootstrap_admin_signed_in_by_object_id_sees_the_whole_channel()
    {
        var person = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "Second"),
                new Claim(DashboardClaims.ObjectId, SecondAdmin.ToUpperInvariant()),
            ],
            "Test"));

        var tree = await app.WithGatewayAsync(gateway => gateway.GetHierarchyAsync(person));

        Assert.Equal(["ws-alpha", "ws-bravo", "ws-root"], tree.Value!.Nodes.Keys.Order());
        Assert.Equal(DashboardRole.MspAdmin,
            await app.Services.GetRequiredService<AssignmentScopeResolver>().RoleOfAsync(person, default));
    }
}
