using CoroDashboard.Data.Psa;

namespace CoroDashboard.Web.Embedding;

/// <summary>
/// Top-level links from a PSA record (Autotask LiveLinks, HaloPSA buttons):
/// <c>/open/{integration}/company/{companyId}</c> opens the mapped workspace's overview for a
/// person who signs in normally. The company id only chooses the workspace; what the person may
/// see is still decided by their assignments when the page loads.
/// </summary>
public static class CompanyLinks
{
    public const string Pattern = "/open/{integrationId:guid}/company/{companyId}";

    public static string PathFor(Guid integrationId, string companyId) =>
        $"/open/{integrationId:D}/company/{Uri.EscapeDataString(companyId)}";

    public static void MapCompanyLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Pattern, async (Guid integrationId, string companyId, PsaIntegrationStore store,
            CancellationToken cancellationToken) =>
        {
            var integration = await store.FindAsync(integrationId, cancellationToken);
            var workspace = integration?.Companies.FirstOrDefault(c => c.CompanyId == companyId)?.WorkspaceId;
            return workspace is null
                ? Results.Redirect("/embed/refused?reason=Unmapped")
                : Results.Redirect($"/w/{Uri.EscapeDataString(workspace)}");
        }).RequireAuthorization();
    }
}
