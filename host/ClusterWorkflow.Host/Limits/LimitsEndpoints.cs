using ClusterWorkflow.Abstractions.Audit;
using ClusterWorkflow.Abstractions.Settings;
using ClusterWorkflow.Host.Api;
using ClusterWorkflow.Host.Audit;
using ClusterWorkflow.Host.Auth;

namespace ClusterWorkflow.Host.Limits;

/// <summary>
/// <c>GET</c> and <c>PUT /api/settings/limits</c> (administrators): request and upload sizes, roster
/// rows, script and template limits. A change names only what it changes; a value outside its bounds
/// is refused (every one, by field) and nothing is stored. A change applies to the next request and
/// evaluation on this host, and on the other silos within <see cref="LimitsSync.Interval"/>.
/// </summary>
public static class LimitsEndpoints
{
    public static IEndpointRouteBuilder MapLimitsEndpoints(this IEndpointRouteBuilder app)
    {
        var limits = app.MapGroup("/api/settings/limits").WithTags("Settings").RequireAuthorization(AuthPolicies.Admin);
        limits.MapGet("/", (LiveLimits live) => Results.Ok(Describe(live))).WithName("GetLimits");
        limits.MapPut("/", ChangeAsync).WithName("ChangeLimits");
        return app;
    }

    private static async Task<IResult> ChangeAsync(LimitSettings change, LiveLimits live, IGrainFactory grains, AuditTrail audit, HttpContext context, TimeProvider clock)
    {
        var problems = LimitRules.Check(change);
        if (problems.Count > 0) return ApiResults.Invalid(problems);
        var grain = grains.GetGrain<ILimitsGrain>(0);
        var before = LimitRules.Merge(live.Defaults, (await grain.GetAsync())?.Settings ?? live.Defaults);
        var after = LimitRules.Merge(before, change);
        var actor = context.Actor().UserId;
        var stored = await grain.SaveAsync(after, actor, clock.GetUtcNow());
        live.Apply(stored);
        var changed = LimitRules.Describe(before, after);
        await audit.RecordAsync(AuditKinds.Settings, "limits-changed", actor, "limits",
            $"{actor} changed the limits (version {stored.Version}): {(changed.Length == 0 ? "no value changed" : changed)}.");
        return Results.Ok(Describe(live));
    }

    private static object Describe(LiveLimits live) => new
    {
        version = live.Version,
        limits = live.Current,
        defaults = live.Defaults,
        bounds = LimitRules.All.Select(rule => new { rule.Field, rule.Min, rule.Max, rule.Unit }),
    };
}
