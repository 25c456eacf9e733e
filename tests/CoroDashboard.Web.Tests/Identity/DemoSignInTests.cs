using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoroDashboard.Web.Tests.Identity;

public class DemoSignInTests
{
    [Fact]
    public void The_demo_sign_in_refuses_to_start_in_production()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DemoSignIn.Add(
                new ServiceCollection(), Environment(Environments.Production), new IdentityOptions()));

        Assert.Contains("AllowDemoInProduction", error.Message);
    }

    [Fact]
    public async Task The_demo_sign_in_starts_in_production_only_when_explicitly_allowed()
    {
        var services = new ServiceCollection().AddLogging();

        DemoSignIn.Add(services, Environment(Environments.Production),
            new IdentityOptions { AllowDemoInProduction = true });

        await AssertSignInSchemesAsync(services);
    }

    [Fact]
    public async Task The_demo_sign_in_starts_in_development()
    {
        var services = new ServiceCollection().AddLogging();

        DemoSignIn.Add(services, Environment(Environments.Development), new IdentityOptions());

        await AssertSignInSchemesAsync(services);
    }

    // The staff cookie signs personas in; the embedded scheme must exist beside it.
    private static async Task AssertSignInSchemesAsync(IServiceCollection services)
    {
        await using var provider = services.BuildServiceProvider();
        var schemes = provider.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Equal(CookieAuthenticationDefaults.AuthenticationScheme,
            (await schemes.GetDefaultAuthenticateSchemeAsync())?.Name);
        Assert.NotNull(await schemes.GetSchemeAsync(Embedded.Scheme));
    }

    [Theory]
    [InlineData("/w/ws-alpha?page=2", "/w/ws-alpha?page=2")]
    [InlineData("https://evil.example.test/", "/")]
    [InlineData("//evil.example.test/", "/")]
    [InlineData("/\\evil.example.test/", "/")]
    [InlineData(null, "/")]
    public void After_sign_in_only_addresses_on_this_site_are_followed(string? returnUrl, string expected)
    {
        Assert.Equal(expected, SignInPaths.LocalOrHome(returnUrl));
    }

    private static IWebHostEnvironment Environment(string name) =>
        new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "CoroDashboard.Web";
        public string WebRootPath { get; set; } = "";
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
