using CoroDashboard.Web.Embedding;

namespace CoroDashboard.Web.Tests.Embedding;

/// <summary>
/// The signed text and signature that PSA-side scripts reproduce from the README. The expected
/// signature was produced with the README's openssl recipe, so a change to the format breaks
/// this test before it breaks an MSP's script.
/// </summary>
public sealed class LaunchLinkFormatTests
{
    private static readonly LaunchLink Example = new(
        Guid.Parse("3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f"), "19423", SubjectIsWorkspace: false,
        1796378400, "q1Xb9dK2mN4pR7sT0vWyZa3c");

    private const string Secret = "psa-signing-secret-for-the-readme-example";

    [Fact]
    public void The_canonical_text_is_the_fields_one_per_line_under_a_version_tag()
    {
        Assert.Equal(
            "v1\n3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f\ncompany\n19423\n1796378400\nq1Xb9dK2mN4pR7sT0vWyZa3c",
            LaunchLinks.Canonical(Example));
    }

    [Fact]
    public void The_signature_matches_the_one_the_readme_recipe_computes_with_openssl()
    {
        Assert.Equal("3qzgAKAYaggU0z3Nz_kHru9FZSNKEN4PA8egzoMLbMs", LaunchLinks.Sign(Example, Secret));
        Assert.Equal(
            "/embed/launch?integration=3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f&company=19423&expires=1796378400"
            + "&nonce=q1Xb9dK2mN4pR7sT0vWyZa3c&signature=3qzgAKAYaggU0z3Nz_kHru9FZSNKEN4PA8egzoMLbMs",
            LaunchLinks.ToUrl(Example, Secret));
    }
}
