using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Definitions;
using ClusterWorkflow.Host.Auth;
using ClusterWorkflow.Host.Kpis;
using ClusterWorkflow.Host.Plans;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Monitoring plans as versioned definitions (format: templates/plans/README.md): save (program
/// managers; the shape and every named definition and cluster are checked, a save over a newer
/// version is a 409), list, read any version.
/// </summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/programs/{programId}/plans").WithTags("Plans");
        plans.MapGet("/", ListAsync).WithName("ListPlans");
        plans.MapPost("/", SaveAsync).WithName("SavePlan").RequireAuthorization(AuthPolicies.ManageDefinitions).Accepts<MonitoringPlan>("application/json");
        plans.MapGet("/{planId}", (string programId, string planId, IGrainFactory grains) =>
            DefinitionReads.GetLatestAsync(grains, programId, DefinitionKind.MonitoringPlan, planId)).WithName("GetPlan");
        plans.MapGet("/{planId}/versions", (string programId, string planId, IGrainFactory grains) =>
            DefinitionReads.ListVersionsAsync(grains, programId, DefinitionKind.MonitoringPlan, planId)).WithName("ListPlanVersions");
        plans.MapGet("/{planId}/versions/{version:int}", (string programId, string planId, int version, IGrainFactory grains) =>
            DefinitionReads.GetVersionAsync(grains, programId, DefinitionKind.MonitoringPlan, planId, version)).WithName("GetPlanVersion");
        return app;
    }

    private static async Task<IResult> ListAsync(string programId, IGrainFactory grains)
    {
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        var latest = await DefinitionReads.LatestAsync(grains, programId, DefinitionKind.MonitoringPlan);
        return Results.Ok(latest.Select(v => new { id = v.Id, version = v.Version, name = MonitoringPlanJson.Read(v.Content).Plan?.Name, v.SavedBy, v.SavedAt }));
    }

    /// <summary>Body: the plan. <c>?basedOnVersion=N</c> is the version the editor started from.</summary>
    private static async Task<IResult> SaveAsync(string programId, HttpContext context, IGrainFactory grains, KpiPackRegistry packs, int? basedOnVersion)
    {
        var actor = context.Actor();
        if (await ProgramLookup.MissingAsync(programId, grains) is { } missing) return missing;
        using var reader = new StreamReader(context.Request.Body);
        var (plan, problems) = MonitoringPlanJson.Read(await reader.ReadToEndAsync());
        if (plan is null) return ApiResults.Invalid(problems);
        problems.AddRange(await PlanResolver.CheckReferencesAsync(grains, packs, programId, plan));
        if (problems.Count > 0) return ApiResults.Invalid(problems);

        var grain = DefinitionReads.Grain(grains, programId, DefinitionKind.MonitoringPlan, plan.Id);
        var basis = basedOnVersion ?? (await grain.GetLatestAsync())?.Version ?? 0;
        var outcome = await grain.SaveAsync(MonitoringPlanJson.Write(plan), actor.UserId, basis, null);
        return ApiResults.From(outcome, saved => DefinitionReads.Created(programId, "plans", saved, Array.Empty<Problem>()));
    }
}
