using CoroDashboard.Web.Embedding;

namespace CoroDashboard.Web.Tests.Embedding;

public sealed class AllowedOriginTests
{
    [Theory]
    [InlineData("https://na.myconnectwise.net", "https://na.myconnectwise.net")]
    [InlineData(" https://WW5.Autotask.net/ ", "https://ww5.autotask.net")]
    [InlineData("https://halo.example-msp.test:8443", "https://halo.example-msp.test:8443")]
    [InlineData("http://localhost:5251", "http://localhost:5251")]
    [InlineData("http://127.0.0.1:5252", "http://127.0.0.1:5252")]
    public void A_plain_https_origin_or_a_loopback_http_one_is_kept_in_canonical_form(
        string typed, string kept)
    {
        Assert.True(AllowedOrigin.TryNormalize(typed, out var origin, out _));
        Assert.Equal(kept, origin);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.myconnectwise.net")]
    [InlineData("http://psa.example-msp.test")]
    [InlineData("https://psa.example-msp.test/company")]
    [InlineData("https://psa.example-msp.test?x=1")]
    [InlineData("https://user@psa.example-msp.test")]
    [InlineData("psa.example-msp.test")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Anything_else_is_refused_with_a_reason(string typed)
    {
        Assert.False(AllowedOrigin.TryNormalize(typed, out _, out var problem));
        Assert.NotEmpty(problem);
    }
}
