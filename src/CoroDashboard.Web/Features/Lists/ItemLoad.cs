using System.Security.Claims;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>Asks the gateway for one item of a list, for its detail.</summary>
public delegate Task<Fetched<WorkspaceItem<T>>> ItemLoad<T>(
    ICoroGateway gateway, ClaimsPrincipal user, ItemRef item, CancellationToken cancellationToken);
