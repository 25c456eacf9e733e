using CoroDashboard.Web.Tests.Hosting;

namespace CoroDashboard.Web.Tests.Access;

[Collection(SharedApp.Name)]
public sealed class ResponseHeaderTests(DashboardFactory app)
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/workspaces")]
    [InlineData("/not-found")]
    [InlineData("/brand/brand.css")]
    public async Task Every_response_forbids_content_sniffing_and_keeps_its_address_from_other_sites(string path)
    {
        using var response = await app.ClientFor(TestPersona.MspAdmin).GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
