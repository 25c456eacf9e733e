namespace CoroDashboard.Web.Tests.Embedding.Support;

[CollectionDefinition(Name)]
public sealed class DashboardHostCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard host";
}
