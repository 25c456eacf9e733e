using System.Globalization;
using CoroDashboard.Coro;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Http;

/// <summary>Coro's paging: zero-based <c>page</c>, <c>pageSize</c> 10..500 defaulting to 20.</summary>
internal readonly record struct Paging(int Page, int PageSize)
{
    public static Paging From(HttpRequest request)
    {
        var page = ReadInt(request, "page", 0);
        var pageSize = ReadInt(request, "pageSize", CoroPaging.DefaultPageSize);
        if (page < 0)
            throw ProblemException.BadRequest("page must be zero or more");
        if (pageSize is < CoroPaging.MinPageSize or > CoroPaging.MaxPageSize)
            throw ProblemException.BadRequest(
                $"pageSize must be between {CoroPaging.MinPageSize} and {CoroPaging.MaxPageSize}");
        return new Paging(page, pageSize);
    }

    public Page<T> Slice<T>(IReadOnlyList<T> all)
    {
        var start = (long)Page * PageSize;
        var items = start >= all.Count
            ? []
            : all.Skip((int)start).Take(PageSize).ToList();
        return new Page<T> { Items = items, TotalElements = all.Count };
    }

    private static int ReadInt(HttpRequest request, string name, int fallback)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
            return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ProblemException.BadRequest($"{name} must be a whole number");
    }
}
