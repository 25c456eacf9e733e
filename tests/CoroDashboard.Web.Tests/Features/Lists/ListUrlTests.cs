using Microsoft.AspNetCore.Components;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Tests.Features.Lists;

public sealed class ListUrlTests
{
    private static readonly string[] Filters = [ListFilters.Os, ListFilters.DeviceState];

    [Fact]
    public void The_page_is_one_based_in_the_url_and_zero_based_inside()
    {
        var state = ListUrl.Read("http://localhost/w/ws/devices?page=3&size=50", Filters, "ws");

        Assert.Equal((2, 50), (state.Page, state.Size));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1")]
    public void A_missing_or_nonsense_page_is_the_first(string query)
    {
        Assert.Equal(0, ListUrl.Read($"http://localhost/x?{query}", Filters, "ws").Page);
    }

    [Fact]
    public void A_page_size_not_offered_falls_back_to_the_default()
    {
        Assert.Equal(ListState.DefaultSize, ListUrl.Read("http://localhost/x?size=7", Filters, "ws").Size);
    }

    [Fact]
    public void Written_state_reads_back_the_same_and_keeps_other_parameters()
    {
        var navigation = new At("http://localhost/w/ws/devices?descendants=true&page=9");
        var state = new ListState(
            ListView.Empty.WithFilter(ListFilters.Os, "WINDOWS") with
            {
                Search = "a,b c",
                Sort = "lastSeen",
                Descending = true,
            },
            4,
            100,
            new ItemRef("ws-child", "dev-0001"));

        var uri = ListUrl.Write(navigation, state, Filters, "ws");

        Assert.Contains("descendants=true", uri);
        Assert.Equal(state, ListUrl.Read(uri, Filters, "ws"));
    }

    [Fact]
    public void Defaults_are_left_out_of_the_url()
    {
        var navigation = new At("http://localhost/w/ws/devices?page=2&size=50&q=x");

        var uri = ListUrl.Write(navigation, ListState.Initial, Filters, "ws");

        Assert.Equal("http://localhost/w/ws/devices", uri);
    }

    private sealed class At : NavigationManager
    {
        public At(string uri) => Initialize("http://localhost/", uri);

        protected override void NavigateToCore(string uri, NavigationOptions options) =>
            throw new NotSupportedException();
    }
}
