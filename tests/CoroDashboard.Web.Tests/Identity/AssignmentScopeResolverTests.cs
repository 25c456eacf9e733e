using System.Security.Claims;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Web.Identity;

namespace CoroDashboard.Web.Tests.Identity;

public class AssignmentScopeResolverTests
{
    [Fact]
    public void No_assignment_means_no_access()
    {
        var (scope, role) = AssignmentScopeResolver.Combine([]);

        Assert.True(scope.IsEmpty);
        Assert.Null(role);
    }

    [Fact]
    public void A_customer_admin_is_read_only_over_their_subtree()
    {
        var (scope, role) = AssignmentScopeResolver.Combine(
            [new RoleAssignment { Role = DashboardRole.CustomerAdmin, Workspaces = ["ws-alpha"] }]);

        Assert.True(scope.ReadOnly);
        Assert.Equal(["ws-alpha"], scope.Roots);
        Assert.Equal(DashboardRole.CustomerAdmin, role);
    }

    [Fact]
    public void Assignments_add_up_and_the_highest_role_wins()
    {
        var (scope, role) = AssignmentScopeResolver.Combine(
        [
            new RoleAssignment { Role = DashboardRole.CustomerAdmin, Workspaces = ["ws-alpha"] },
            new RoleAssignment
            {
                Role = DashboardRole.MspTechnician, Workspaces = ["ws-sub"], ExactWorkspaces = ["ws-bravo"],
                ExcludedWorkspaces = ["ws-sub-secret"],
            },
        ]);

        Assert.False(scope.ReadOnly);
        Assert.Equal(DashboardRole.MspTechnician, role);
        Assert.Equal(["ws-alpha", "ws-sub"], scope.Roots.Order());
        Assert.Equal(["ws-bravo"], scope.Exact);
        Assert.Equal(["ws-sub-secret"], scope.Excluded);
    }

    [Fact]
    public void A_person_is_named_by_object_id_email_groups_and_app_roles()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(DashboardClaims.ObjectIdUri, "OID-1"),
            new Claim(DashboardClaims.PreferredUserName, "Dana@Example.com"),
            new Claim(DashboardClaims.Groups, "grp-1"),
            new Claim(DashboardClaims.AppRoles, "Msp.Admin"),
        ], "test"));

        var who = AssignmentScopeResolver.SubjectsOf(user);

        Assert.Equal(["dana@example.com", "oid-1"], who.UserKeys);
        Assert.Equal(["grp-1"], who.Groups);
        Assert.Equal(["msp.admin"], who.AppRoles);
    }

    [Fact]
    public void From_another_tenant_app_roles_and_the_unverified_email_claim_name_nobody()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(DashboardClaims.TenantIdUri, "customer-tenant"),
            new Claim(DashboardClaims.ObjectId, "oid-9"),
            new Claim(ClaimTypes.Email, "alex.admin@demo-msp.test"),
            new Claim(DashboardClaims.PreferredUserName, "eve@customer.test"),
            new Claim(DashboardClaims.AppRoles, "MspAdmin"),
            new Claim(ClaimTypes.Role, "MspAdmin"),
            new Claim(DashboardClaims.Groups, "grp-9"),
        ], "test"));

        var who = AssignmentScopeResolver.SubjectsOf(user, homeTenantId: "msp-tenant");

        Assert.Equal(["eve@customer.test", "oid-9"], who.UserKeys);
        Assert.Empty(who.AppRoles);
        Assert.Equal(["grp-9"], who.Groups);
    }

    [Fact]
    public void From_the_msp_tenant_app_roles_count()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(DashboardClaims.TenantId, "MSP-TENANT"),
            new Claim(DashboardClaims.ObjectId, "oid-1"),
            new Claim(DashboardClaims.AppRoles, "MspTechnician"),
        ], "test"));

        Assert.Equal(["msptechnician"], AssignmentScopeResolver.SubjectsOf(user, "msp-tenant").AppRoles);
    }

    [Fact]
    public void An_embedded_session_sees_exactly_its_workspace_read_only()
    {
        var user = Embedded.CreatePrincipal("ws-alpha", Guid.NewGuid());

        Assert.True(Embedded.IsEmbedded(user));
        Assert.Equal("ws-alpha", Embedded.WorkspaceOf(user));
        Assert.False(Embedded.IsEmbedded(new ClaimsPrincipal(new ClaimsIdentity(user.Claims, "Cookies"))));
    }
}
